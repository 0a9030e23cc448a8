using System.Globalization;
using System.Net;
using System.Text.Json;

namespace LearningSociety.IntegrationTests.Infrastructure;

/// <summary>Asks for a background export as the buttons do (POST with the page's antiforgery token) and follows its status.</summary>
public static class ExportJobClient
{
    public static async Task<HttpResponseMessage> RequestExportAsync(this HttpClient client, string kind, int periodId, int? unitId, bool approvedOnly = false, string formPage = "/Exports", string? view = null) =>
        await client.PostFormAsync(formPage, "/Exports", new Dictionary<string, string>
        {
            ["Kind"] = kind,
            ["PeriodId"] = periodId.ToString(CultureInfo.InvariantCulture),
            ["UnitId"] = unitId?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["ApprovedOnly"] = approvedOnly ? "true" : "false",
            ["View"] = view ?? "",
        });

    /// <summary>The job id from the redirect to /Exports/{id}.</summary>
    public static async Task<int> StartExportAsync(this HttpClient client, string kind, int periodId, int? unitId, bool approvedOnly = false, string formPage = "/Exports", string? view = null)
    {
        var response = await client.RequestExportAsync(kind, periodId, unitId, approvedOnly, formPage, view);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Exports/", location, StringComparison.Ordinal);
        return int.Parse(location["/Exports/".Length..], CultureInfo.InvariantCulture);
    }

    public static async Task<JsonElement> ExportStatusAsync(this HttpClient client, int id)
    {
        var response = await client.GetAsync($"/Exports/{id}/Status");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    /// <summary>Polls until the job is done or failed; returns every status seen, the last one final.</summary>
    public static async Task<List<JsonElement>> WaitForExportAsync(this HttpClient client, int id, int seconds = 90)
    {
        var seen = new List<JsonElement>();
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            var status = await client.ExportStatusAsync(id);
            seen.Add(status);
            if (status.GetProperty("state").GetString() is "done" or "failed" or "expired")
            {
                return seen;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"export {id} did not finish in {seconds} s; last: {seen[^1]}");
        return seen;
    }

    public static string State(this JsonElement status) => status.GetProperty("state").GetString()!;
}
