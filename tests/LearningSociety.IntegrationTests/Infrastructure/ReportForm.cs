using System.Net;
using System.Text.RegularExpressions;

namespace LearningSociety.IntegrationTests.Infrastructure;

/// <summary>Reads a report form the way a browser would and posts it back with some fields changed.</summary>
public static partial class ReportForm
{
    /// <summary>Every named input, select and textarea of the report form, with its current value.</summary>
    public static async Task<Dictionary<string, string>> ReadAsync(HttpClient client, int reportId)
    {
        var html = await client.GetStringAsync($"/Reports/Edit/{reportId}");
        var form = html[html.IndexOf("data-local-draft=", StringComparison.Ordinal)..];
        form = form[..form.IndexOf("</form>", StringComparison.Ordinal)];
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in InputPattern().Matches(form))
        {
            var tag = m.Value;
            var name = NameAttr().Match(tag).Groups[1].Value;
            fields[WebUtility.HtmlDecode(name)] = WebUtility.HtmlDecode(ValueAttr().Match(tag).Groups[1].Value);
        }

        foreach (Match m in TextareaPattern().Matches(form))
        {
            fields[WebUtility.HtmlDecode(m.Groups[1].Value)] = WebUtility.HtmlDecode(m.Groups[2].Value);
        }

        foreach (Match m in SelectPattern().Matches(form))
        {
            var selected = SelectedOption().Match(m.Groups[2].Value);
            fields[WebUtility.HtmlDecode(m.Groups[1].Value)] = selected.Success ? WebUtility.HtmlDecode(selected.Groups[1].Value) : "";
        }

        var token = TokenPattern().Match(html).Groups[1].Value;
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token);
        return fields;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, int reportId, Dictionary<string, string> fields, string command)
    {
        var body = new Dictionary<string, string>(fields) { ["command"] = command };
        return client.PostAsync($"/Reports/Edit/{reportId}", new FormUrlEncodedContent(body));
    }

    /// <summary>The form field name of the first narrative, e.g. "Narratives[0].Text".</summary>
    public static string FirstNarrative(Dictionary<string, string> fields) =>
        fields.Keys.First(k => k.StartsWith("Narratives[", StringComparison.Ordinal) && k.EndsWith(".Text", StringComparison.Ordinal));

    [GeneratedRegex("<input[^>]*name=\"[^\"]+\"[^>]*>")]
    private static partial Regex InputPattern();

    [GeneratedRegex("name=\"([^\"]+)\"")]
    private static partial Regex NameAttr();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttr();

    [GeneratedRegex("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>")]
    private static partial Regex TextareaPattern();

    [GeneratedRegex("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option[^>]*value=\"([^\"]*)\"[^>]*selected")]
    private static partial Regex SelectedOption();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
