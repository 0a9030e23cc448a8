using System.Net;
using LearningSociety.Infrastructure.ApiTokens;
using LearningSociety.IntegrationTests.Authorization;
using LearningSociety.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace LearningSociety.IntegrationTests.Api;

/// <summary>Runs <see cref="ApiTokenMatrix"/> against the portal, and checks it names every /api/v1 endpoint.</summary>
public sealed class ApiTokenMatrixTests(ApiPortal portal, ITestOutputHelper output) : IClassFixture<ApiPortal>
{
    [Fact]
    public void The_token_matrix_covers_every_endpoint_of_the_api()
    {
        var api = EndpointCatalog.Keys(portal.Factory.Services)
            .Where(k => k.StartsWith("GET /api/v1/", StringComparison.Ordinal) && k != "GET /api/v1/openapi.json")
            .Select(k => k["GET ".Length..]).ToList();
        var listed = ApiTokenMatrix.Entries.Select(e => e.Route).ToList();
        Assert.Equal(api.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.All(ApiTokenMatrix.Entries, e => Assert.Equal(2 * ApiTokenMatrix.Columns.Count, e.Expected.Count(char.IsLetter)));
    }

    [Fact]
    public async Task Every_kind_of_token_gets_the_expected_answer_on_every_endpoint_for_its_own_and_another_subtree()
    {
        var both = ApiScopes.Figures | ApiScopes.Plans;
        var headers = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Figures"] = "Bearer " + (await portal.IssueAsync(ApiScopes.Figures)).Token,
            ["Plans"] = "Bearer " + (await portal.IssueAsync(ApiScopes.Plans)).Token,
            ["Both"] = "Bearer " + (await portal.IssueAsync(both)).Token,
            ["Expired"] = "Bearer " + (await portal.IssueAsync(both, TimeSpan.FromSeconds(-1))).Token,
            ["Revoked"] = "Bearer " + (await portal.IssueAsync(both, revoked: true)).Token,
            ["Garbled"] = "Bearer lsp_not-a-token!",
            ["Unknown"] = "Bearer " + ApiTokenSecret.Create().Token,
            ["Missing"] = null,
        };
        var failures = new List<string>();
        var cases = 0;
        foreach (var (column, index) in ApiTokenMatrix.Columns.Select((c, i) => (c, i)))
        {
            using var client = portal.Client(headers[column]);
            foreach (var (route, url, expected) in ApiTokenMatrix.Entries)
            {
                foreach (var own in new[] { true, false })
                {
                    var address = url(own ? portal.Own : portal.Other);
                    using var response = await client.GetAsync(address);
                    cases++;
                    var want = ApiTokenMatrix.Expect(expected, index, own);
                    var got = Letter(AuthorizationMatrixTests.Classify(response));
                    var type = response.Content.Headers.ContentType?.MediaType;
                    var wantType = got == 'A' ? "application/json" : "application/problem+json";
                    if (got != want || type != wantType)
                    {
                        failures.Add($"{route} with {column} ({(own ? "own" : "other")} subtree): expected {want} as {wantType}, got {got} ({(int)response.StatusCode}) as {type} · {address}");
                    }
                }
            }
        }

        output.WriteLine($"{ApiTokenMatrix.Entries.Count} endpoints × {ApiTokenMatrix.Columns.Count} kinds of token × 2 subtrees = {cases} cases");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases differ from the matrix:\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task The_portal_cookie_does_not_open_the_api_but_still_opens_the_old_consolidated_endpoint()
    {
        var leader = await portal.Factory.SignedInAsync("lanhdao@hoctap.local");
        using var api = await leader.GetAsync($"/api/v1/periods/{portal.Own.Period}/figures");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bearer", api.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        using var old = await leader.GetAsync($"/api/consolidated?periodId={portal.Own.Period}&unitId={portal.Own.PeriodUnit}");
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
    }

    private static char Letter(MatrixOutcome outcome) => outcome switch
    {
        MatrixOutcome.Allowed => 'A',
        MatrixOutcome.Login => 'L',
        MatrixOutcome.Forbidden => 'F',
        MatrixOutcome.NotFound => 'N',
        MatrixOutcome.Error => 'E',
    };
}
