using System.Net;
using System.Text.RegularExpressions;
using LearningSociety.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// Walks the running portal as each role does — the pages its navigation and pages link to — reads every
/// form there (action, method, every field with hidden ones and the antiforgery token) and sends each
/// field, one at a time, values no person should be able to store: text far over any limit, numbers
/// beyond 32 bits and beyond decimal, control characters, dates at the ends of the calendar. Every answer
/// is a refusal (4xx, or the form again with a Vietnamese message), never a server error; a field typed
/// as a number or a date, or a text field, never takes such a value silently.
/// </summary>
public sealed partial class FormLimitsTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int MaxPages = 60;

    private readonly PortalFactory _factory = new() { Settings = { ["Exports:Jobs:RunWorker"] = "false", ["UnitImport:RunWorker"] = "false" } };

    /// <summary>Over any limit of the portal (the longest, a narrative section, is 20,000 characters).</summary>
    private static readonly string OverLong = string.Concat(Enumerable.Repeat("Nội dung quá dài ", 1_600));

    public static TheoryData<string, string> BadValues => new()
    {
        { "overlong", OverLong },
        { "int-overflow", "2147483648" },
        { "int-underflow", "-2147483649" },
        { "exponent", "1e29" },
        { "ten-to-the-20", "100000000000000000000" },
        { "nul", "Tên\u0000đơn vị" },
        { "noncharacter", "Tên\uFFFEđơn vị" },
        { "bell", "Tên\u0007đơn vị" },
        { "year-1", "01/01/0001" },
        { "year-9999", "31/12/9999" },
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("admin@hoctap.local")]
    [InlineData("so.gddt.tayninh@hoctap.local")]
    [InlineData("xa.longhuu@hoctap.local")]
    [InlineData("lanhdao.tayninh@hoctap.local")]
    [InlineData("phong.gddt.canduoc@hoctap.local")]
    [InlineData("mttq.canduoc@hoctap.local")]
    public async Task Every_field_of_every_form_refuses_bad_values_without_a_server_error(string email)
    {
        var client = await _factory.SignedInAsync(email);
        var forms = await CrawlAsync(client);
        Assert.NotEmpty(forms);
        var failures = new List<string>();
        var posts = 0;
        foreach (var form in forms.Values)
        {
            foreach (var field in Fuzzable(form))
            {
                foreach (var (label, value) in BadValues.Select(row => ((string)row[0], (string)row[1])))
                {
                    if (!Applies(form, field, label))
                    {
                        continue;
                    }

                    posts++;
                    var (status, body) = await SendAsync(client, form, field, label == "overlong" ? OverLongFor(form, field) : value);
                    var verdict = Judge(form, field, label, status, body);
                    if (verdict is not null)
                    {
                        failures.Add($"{form.Method.ToUpperInvariant()} {form.Action} [{field}] = {label}: {verdict}");
                    }

                    if (status == HttpStatusCode.Redirect && body.Contains("/Account/Login", StringComparison.Ordinal))
                    {
                        client = await _factory.SignedInAsync(email); // a form that ended the session (none should): go on signed in
                    }
                }
            }
        }

        output.WriteLine($"{email}: {forms.Count} forms, {posts} posts, {failures.Count} failures");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(80)));
    }

    private sealed record FoundForm(string Page, string Action, string Method, HtmlForm Form, string Body);

    /// <summary>The pages a role reaches by following links, one of each kind (ids and query values aside).</summary>
    private static async Task<Dictionary<string, FoundForm>> CrawlAsync(HttpClient client)
    {
        var forms = new Dictionary<string, FoundForm>();
        var seen = new HashSet<string>();
        var queue = new Queue<string>(["/"]);
        var pages = 0;
        while (queue.Count > 0 && pages < MaxPages)
        {
            var url = queue.Dequeue();
            var response = await client.GetAsync(url);
            Assert.True((int)response.StatusCode < 500, $"GET {url}: {(int)response.StatusCode}");
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            pages++;
            var html = await response.Content.ReadAsStringAsync();
            foreach (var (action, method, form, body) in HtmlForm.All(html, url))
            {
                var decoded = WebUtility.HtmlDecode(action);
                var key = method + " " + Kind(decoded) + " " + string.Join(",", form.Fields.Select(f => Digits().Replace(f.Key, "n")).Distinct().Order());
                if (!Skipped(decoded))
                {
                    forms.TryAdd(key, new FoundForm(url, decoded, method, form, body));
                }
            }

            foreach (Match link in Link().Matches(html))
            {
                var href = WebUtility.HtmlDecode(link.Groups[1].Value).Split('#')[0];
                if (href.Length > 0 && !Skipped(href) && seen.Add(Kind(href)))
                {
                    queue.Enqueue(href);
                }
            }
        }

        return forms;
    }

    /// <summary>A page or form "kind": its path with numbers as n and the names of its query parameters.</summary>
    private static string Kind(string url)
    {
        var parts = url.Split('?', 2);
        var names = parts.Length > 1 ? string.Join("&", parts[1].Split('&').Select(p => p.Split('=')[0]).Order()) : "";
        return Digits().Replace(parts[0], "n") + "?" + names;
    }

    /// <summary>Downloads, files and the sign-out (signing out ends every session of the account) are not forms to fill.</summary>
    private static bool Skipped(string url) =>
        !url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)
        || Regex.IsMatch(url, "(?i)logout|signout|/pdf|/excel|/download|/api/|/lib/|/css/|/js/|/images/|/attachments?/|\\.(pdf|xlsx|docx|png|jpg|css|js)(\\?|$)");

    /// <summary>Every named field a browser sends, once (a list's first row stands for the rest); the antiforgery token is sent as read.</summary>
    private static IEnumerable<string> Fuzzable(FoundForm form) =>
        form.Form.Fields.Select(f => f.Key).Where(k => k != "__RequestVerificationToken" && !Disabled(form, k))
            .GroupBy(k => Digits().Replace(k, "n")).Select(g => g.First());

    private static bool Disabled(FoundForm form, string field) =>
        Regex.IsMatch(form.Body, $"<(?:input|textarea|select)\\b(?=[^>]*name=\"{Regex.Escape(field)}\")(?=[^>]*\\sdisabled\\b)[^>]*>");

    /// <summary>
    /// <see cref="OverLong"/>, or for a field that states a larger limit of its own (the pasted plan text,
    /// a million characters) one character more than that limit.
    /// </summary>
    private static string OverLongFor(FoundForm form, string field)
    {
        var tag = Regex.Match(form.Body, $"<(?:input|textarea)\\b[^>]*name=\"{Regex.Escape(field)}\"[^>]*>");
        var max = Regex.Match(tag.Value, "maxlength=\"(\\d+)\"");
        return max.Success && int.Parse(max.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var limit && limit >= OverLong.Length
            ? string.Concat(Enumerable.Repeat(OverLong, (limit / OverLong.Length) + 1))
            : OverLong;
    }

    private static string? TypeOf(FoundForm form, string field)
    {
        var tag = Regex.Match(form.Body, $"<(input|textarea|select)\\b[^>]*name=\"{Regex.Escape(field)}\"[^>]*>");
        if (!tag.Success)
        {
            return null;
        }

        if (tag.Groups[1].Value != "input")
        {
            return tag.Groups[1].Value;
        }

        var type = Regex.Match(tag.Value, "type=\"([^\"]+)\"");
        var mode = Regex.Match(tag.Value, "inputmode=\"([^\"]+)\"");
        return tag.Value.Contains("dd/mm/yyyy", StringComparison.OrdinalIgnoreCase) ? "date"
            : mode.Success ? mode.Groups[1].Value
            : type.Success ? type.Groups[1].Value : "text";
    }

    /// <summary>Number-like values go to every field; dates to date and text fields; the rest everywhere.</summary>
    private static bool Applies(FoundForm form, string field, string label) => label switch
    {
        "year-1" or "year-9999" => TypeOf(form, field) is "date" or "text" or "textarea",
        _ => true,
    };

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpClient client, FoundForm form, string field, string value)
    {
        // The token read with the form stays valid for the session, as a browser's would; disabled fields are not sent.
        var fields = form.Form.Fields.Where(f => !Disabled(form, f.Key)).Select(f => f.Key == field ? new KeyValuePair<string, string>(f.Key, value) : f).ToList();
        HttpResponseMessage response;
        if (form.Method == "post")
        {
            response = await client.PostAsync(form.Action, new FormUrlEncodedContent(fields));
        }
        else
        {
            var query = string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
            response = await client.GetAsync(form.Action.Split('?')[0] + "?" + query);
        }

        var body = await response.Content.ReadAsStringAsync();
        if (response.Headers.Location?.OriginalString is { } location)
        {
            // Where the redirect leads says whether it was a refusal ("alert-danger") or a save.
            body = location + "\n" + (location.StartsWith('/') && !location.Contains("/Account/Login", StringComparison.Ordinal) ? await client.GetStringAsync(location) : "");
        }

        return (response.StatusCode, body);
    }

    /// <returns>Null when the answer is right; otherwise what is wrong with it.</returns>
    private static string? Judge(FoundForm form, string field, string label, HttpStatusCode status, string body)
    {
        if ((int)status >= 500)
        {
            return $"server error {(int)status}";
        }

        if (body.Contains("Mã lỗi", StringComparison.Ordinal))
        {
            return $"“Mã lỗi” page ({(int)status}) instead of a message";
        }

        if (form.Method != "post" || (int)status >= 400 || body.Contains("/Account/AccessDenied", StringComparison.Ordinal))
        {
            return null; // refused: a 4xx, or the cookie scheme's "not allowed" page
        }

        // Accepted (a redirect to a page without an error, or a page without a message): wrong where the value cannot be right.
        var accepted = status is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.OK
            && !Regex.IsMatch(body, "is-invalid|validation-summary-errors|field-validation-error|alert alert-danger(?: d-flex[^\"]*)?\" role=\"alert\"|text-danger small mt-1");
        if (!accepted)
        {
            return null;
        }

        var type = TypeOf(form, field);
        return label switch
        {
            "overlong" when type is "text" or "textarea" or "search" or "email" or "tel" or "url" => "over-long text accepted",
            "nul" or "noncharacter" or "bell" when type is "text" or "textarea" or "search" or "email" or "tel" or "url" => "control character accepted",
            "int-overflow" or "int-underflow" or "exponent" or "ten-to-the-20" when type is "numeric" or "decimal" or "number" => "overflowing number accepted",
            "year-1" or "year-9999" when type is "date" => "out-of-range date accepted",
            _ when type is "hidden" && field.EndsWith("Id", StringComparison.OrdinalIgnoreCase) && label != "bell" => $"an edited id was accepted ({(int)status})",
            _ => null,
        };
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Link();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
