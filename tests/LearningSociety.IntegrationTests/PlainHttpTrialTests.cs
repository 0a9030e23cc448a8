using System.Net;
using LearningSociety.IntegrationTests.Infrastructure;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// docker-compose sets Security:RequireHttps=false so the stack can be tried on http://localhost:8080:
/// pages answer over HTTP and the cookies they set are usable there.
/// </summary>
public sealed class PlainHttpTrialTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new() { EnvironmentName = "Production" };

    public Task InitializeAsync()
    {
        factory.Settings["Security:RequireHttps"] = "false";
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task The_sign_in_page_answers_over_http_with_cookies_that_are_not_https_only_and_no_hsts()
    {
        var response = await factory.CreatePortalClient(new Uri("http://localhost:8080")).GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đăng nhập", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("hoctap.af=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", antiforgery.ToLowerInvariant(), StringComparison.Ordinal);
    }
}
