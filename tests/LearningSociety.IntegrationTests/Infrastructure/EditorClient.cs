using System.Net;
using System.Text.RegularExpressions;
using LearningSociety.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests.Infrastructure;

/// <summary>Drives the plan editor as a person would: open the form, review the changes, confirm.</summary>
public static partial class EditorClient
{
    /// <summary>Opens <paramref name="url"/>, posts the fields for review, then confirms what was shown. Returns the last response.</summary>
    public static async Task<HttpResponseMessage> ChangeAsync(this HttpClient client, string url, Dictionary<string, string> fields)
    {
        var preview = await client.PreviewAsync(url, fields);
        if (preview.StatusCode != HttpStatusCode.OK)
        {
            return preview;
        }

        var html = await preview.Content.ReadAsStringAsync();
        var token = PreviewToken().Match(html);
        Assert.True(token.Success, "the review of the changes offers no confirm button: " + Alerts(html));
        var confirm = new Dictionary<string, string>(fields)
        {
            ["Step"] = "Confirm",
            ["PreviewToken"] = token.Groups[1].Value,
            ["Version"] = Hidden(html, "Version"),
            ["__RequestVerificationToken"] = Antiforgery(html),
        };
        return await client.PostAsync(url, new FormUrlEncodedContent(confirm));
    }

    /// <summary>The first step only: nothing is saved.</summary>
    public static async Task<HttpResponseMessage> PreviewAsync(this HttpClient client, string url, Dictionary<string, string> fields)
    {
        var form = await client.GetStringAsync(url);
        var body = new Dictionary<string, string>(fields) { ["Step"] = "Preview", ["__RequestVerificationToken"] = Antiforgery(form) };
        body.TryAdd("Version", Hidden(form, "Version"));
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    /// <summary>A confirm page (delete, publish…): open it, then confirm with the given fields.</summary>
    public static async Task<HttpResponseMessage> ConfirmAsync(this HttpClient client, string url, Dictionary<string, string>? fields = null)
    {
        var page = await client.GetStringAsync(url);
        var body = new Dictionary<string, string>(fields ?? [])
        {
            ["Step"] = "Confirm",
            ["PreviewToken"] = PreviewToken().Match(page).Groups[1].Value,
            ["Version"] = Hidden(page, "Version"),
            ["__RequestVerificationToken"] = Antiforgery(page),
        };
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    /// <summary>Creates a draft plan through the form and returns its id.</summary>
    public static async Task<int> CreatePlanAsync(this HttpClient client, PortalFactory factory, string number, string title, string unitCode = "80", string issuerKey = "80:ubnd")
    {
        var response = await client.ChangeAsync("/PlanEditor/Create", new()
        {
            ["Number"] = number,
            ["Symbol"] = "KH-UBND",
            ["IssuedOn"] = "2025-03-05",
            ["IssuerId"] = factory.AgencyId(issuerKey).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["UnitId"] = factory.UnitId(unitCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Kind"] = "Annual",
            ["Title"] = title,
            ["PeriodStartYear"] = "2025",
            ["PeriodEndYear"] = "2025",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(PlanIdInLocation().Match(response.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Adds an item through the form and returns its id.</summary>
    public static async Task<int> AddItemAsync(this HttpClient client, int planId, int? parentId, string number, string title, bool isTask, string? amending = null)
    {
        var url = $"/PlanEditor/Item/{planId}" + (parentId is { } p ? $"?parentId={p}" : "");
        var fields = new Dictionary<string, string> { ["Number"] = number, ["Title"] = title, ["IsTask"] = isTask ? "true" : "false" };
        if (amending is not null)
        {
            fields["AmendingDocument"] = amending;
        }

        var response = await client.ChangeAsync(url, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(ItemInLocation().Match(response.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static int AgencyId(this PortalFactory factory, string key) => factory.Query(db => db.Agencies.Single(a => a.Key == key).Id);

    public static int UnitId(this PortalFactory factory, string code) =>
        factory.Query(db => db.Units.Where(u => u.Code == code).OrderBy(u => u.ValidFrom).First().Id);

    public static T Query<T>(this PortalFactory factory, Func<AppDbContext, T> query)
    {
        using var scope = factory.Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static string Hidden(string html, string name)
    {
        var m = Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");
        Assert.True(m.Success, $"no hidden field {name}");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    private static string Antiforgery(string html)
    {
        var m = TokenPattern().Match(html);
        Assert.True(m.Success, "no antiforgery token");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    private static string Alerts(string html) =>
        string.Join(" | ", Regex.Matches(html, "class=\"(?:alert|invalid-feedback)[^\"]*\"[^>]*>(.*?)</", RegexOptions.Singleline).Select(m => m.Groups[1].Value.Trim()));

    [GeneratedRegex("name=\"PreviewToken\" value=\"([0-9A-F]+)\"")]
    private static partial Regex PreviewToken();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"/PlanEditor/Edit/(\d+)")]
    private static partial Regex PlanIdInLocation();

    [GeneratedRegex(@"#item-(\d+)")]
    private static partial Regex ItemInLocation();
}
