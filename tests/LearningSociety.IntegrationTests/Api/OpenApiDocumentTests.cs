using System.Net;
using System.Text.Json;
using LearningSociety.Infrastructure.ApiTokens;
using Xunit.Abstractions;

namespace LearningSociety.IntegrationTests.Api;

/// <summary>The OpenAPI document is well formed, and every operation it lists answers as it says.</summary>
public sealed class OpenApiDocumentTests(ApiPortal portal, ITestOutputHelper output) : IClassFixture<ApiPortal>
{
    [Fact]
    public async Task The_document_describes_every_operation_with_responses_and_the_bearer_scheme()
    {
        using var doc = await DocumentAsync();
        var root = doc.RootElement;
        Assert.StartsWith("3.", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("info").GetProperty("title").GetString()));
        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        var operations = Operations(root).ToList();
        Assert.Equal(ApiTokenMatrix.Entries.Count, operations.Count);
        foreach (var (path, method, operation) in operations)
        {
            Assert.True(operation.TryGetProperty("summary", out _), $"{method} {path}: no summary");
            var responses = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
            Assert.Contains("200", responses);
            Assert.Contains("401", responses);
            Assert.Contains("429", responses);
            var security = operation.GetProperty("security").EnumerateArray().SelectMany(s => s.EnumerateObject()).Select(s => s.Name);
            Assert.Contains("bearer", security);
        }
    }

    [Fact]
    public async Task Every_operation_answers_with_a_documented_status_and_content_type_with_and_without_a_token()
    {
        using var doc = await DocumentAsync();
        using var client = portal.Client("Bearer " + (await portal.IssueAsync(ApiScopes.Figures | ApiScopes.Plans)).Token);
        using var anonymous = portal.Client(null);
        var failures = new List<string>();
        foreach (var (path, method, operation) in Operations(doc.RootElement))
        {
            var url = path.Replace("{periodId}", Id(portal.Own.Period), StringComparison.Ordinal)
                .Replace("{id}", Id(path.StartsWith("/api/v1/units", StringComparison.Ordinal) ? portal.Own.Unit
                    : path.StartsWith("/api/v1/plans", StringComparison.Ordinal) ? portal.Own.Plan : portal.Own.Period), StringComparison.Ordinal);
            foreach (var (who, http, expected) in new[] { ("token", client, HttpStatusCode.OK), ("no token", anonymous, HttpStatusCode.Unauthorized) })
            {
                using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url));
                var code = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var type = response.Content.Headers.ContentType?.MediaType;
                output.WriteLine($"{method.ToUpperInvariant()} {url} ({who}) → {code} {type}");
                if (response.StatusCode != expected)
                {
                    failures.Add($"{url} ({who}): {code}, expected {(int)expected}");
                }
                else if (!operation.GetProperty("responses").TryGetProperty(code, out var documented))
                {
                    failures.Add($"{url} ({who}): {code} is not documented");
                }
                else if (!documented.TryGetProperty("content", out var content) || !content.TryGetProperty(type ?? "", out _))
                {
                    failures.Add($"{url} ({who}): {type} is not documented for {code}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private async Task<JsonDocument> DocumentAsync()
    {
        using var anonymous = portal.Client(null);
        using var response = await anonymous.GetAsync("/api/v1/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement root) =>
        root.GetProperty("paths").EnumerateObject().SelectMany(path =>
        {
            var operations = path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete").ToList();
            Assert.True(operations.Count > 0, $"{path.Name}: no operation");
            return operations.Select(o => (path.Name, o.Name, o.Value));
        });

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
