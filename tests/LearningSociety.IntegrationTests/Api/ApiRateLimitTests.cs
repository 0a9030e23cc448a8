using System.Net;
using LearningSociety.Infrastructure.ApiTokens;

namespace LearningSociety.IntegrationTests.Api;

public sealed class ApiRateLimitTests(RateLimitedApiPortal portal) : IClassFixture<RateLimitedApiPortal>
{
    [Fact]
    public async Task A_token_past_its_limit_gets_429_with_retry_after_and_another_token_is_not_slowed()
    {
        using var busy = portal.Client("Bearer " + (await portal.IssueAsync(ApiScopes.Plans)).Token);
        for (var i = 0; i < 3; i++)
        {
            using var ok = await busy.GetAsync("/api/v1/units?pageSize=1");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var refused = await busy.GetAsync("/api/v1/units?pageSize=1");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var wait = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(wait);
        Assert.InRange(wait.Value.TotalSeconds, 1, 60);
        Assert.Contains("Quá nhiều yêu cầu", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var other = portal.Client("Bearer " + (await portal.IssueAsync(ApiScopes.Plans)).Token);
        using var fine = await other.GetAsync("/api/v1/units?pageSize=1");
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }
}
