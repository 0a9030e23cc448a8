using System.Net;
using LearningSociety.IntegrationTests.Infrastructure;

namespace LearningSociety.IntegrationTests;

/// <summary>Outside Development (here: Staging over HTTPS on a non-local host name, as behind a real proxy).</summary>
public sealed class CookieSecurityTests(CookieSecurityTests.Portal portal) : IClassFixture<CookieSecurityTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new() { EnvironmentName = "Staging" };

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private static readonly Uri Site = new("https://hoctap.example.gov.vn");

    private static string SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Single(v => v.StartsWith(name + "=", StringComparison.Ordinal))
            : throw new Xunit.Sdk.XunitException($"no Set-Cookie for {name}");

    private static void AssertHardened(string cookie)
    {
        var flags = cookie.Split(';').Select(p => p.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("secure", flags);
        Assert.Contains("httponly", flags);
        Assert.Contains("samesite=lax", flags);
    }

    [Fact]
    public async Task Antiforgery_and_sign_in_cookies_are_secure_httponly_and_lax()
    {
        var client = portal.Factory.CreatePortalClient(Site);
        var form = await client.GetAsync("/Account/Login");
        AssertHardened(SetCookie(form, "hoctap.af"));

        var login = await client.LoginAsync("so.gddt@hoctap.local");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        AssertHardened(SetCookie(login, "hoctap.auth"));
    }

    [Fact]
    public async Task The_half_signed_in_cookie_of_the_second_step_is_hardened_too()
    {
        var client = portal.Factory.CreatePortalClient(Site);
        await portal.Factory.CreateUserAsync("cookie.2fa@test.vn", Domain.Identity.Roles.Leader, "80:ubnd");
        var signedIn = portal.Factory.CreatePortalClient(Site);
        Assert.Equal(HttpStatusCode.Redirect, (await signedIn.LoginAsync("cookie.2fa@test.vn")).StatusCode);
        await signedIn.EnableTwoFactorAsync(portal.Factory);

        var password = await client.LoginAsync("cookie.2fa@test.vn");
        Assert.StartsWith("/Account/LoginTwoFactor", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        AssertHardened(SetCookie(password, "Identity.TwoFactorUserId"));
    }

    [Fact]
    public async Task Https_responses_carry_hsts()
    {
        var response = await portal.Factory.CreatePortalClient(Site).GetAsync("/Account/Login");
        Assert.True(response.Headers.TryGetValues("Strict-Transport-Security", out var hsts));
        Assert.Equal("max-age=31536000", hsts.Single());
    }

    [Fact]
    public async Task Plain_http_gets_a_clear_page_instead_of_cookies_that_cannot_work_but_health_answers()
    {
        var client = portal.Factory.CreatePortalClient(new Uri("http://hoctap.example.gov.vn"));
        var response = await client.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Cổng thông tin chỉ phục vụ qua HTTPS.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }
}
