using System.Net;
using LearningSociety.IntegrationTests.Infrastructure;

namespace LearningSociety.IntegrationTests;

public sealed class SecurityHeadersTests(SecurityHeadersTests.Portal portal) : IClassFixture<SecurityHeadersTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    [Theory]
    [InlineData("/Account/Login", false)]
    [InlineData("/Plans", true)]
    [InlineData("/Account/Security", true)]
    public async Task Pages_carry_a_strict_csp_and_the_other_headers(string url, bool signedIn)
    {
        var client = signedIn ? await portal.Factory.SignedInAsync("so.gddt@hoctap.local") : portal.Factory.CreatePortalClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var csp = Header(response, "Content-Security-Policy");
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scriptSrc);
        Assert.DoesNotContain("unsafe-inline", scriptSrc, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("0", Header(response, "X-XSS-Protection"));
    }

    [Fact]
    public async Task Pages_have_no_inline_script_the_csp_would_block()
    {
        var client = await portal.Factory.SignedInAsync("admin@hoctap.local");
        foreach (var url in new[] { "/Account/Security", "/Account/Security/Enable" })
        {
            var html = await client.GetStringAsync(url);
            Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", html);
            Assert.DoesNotMatch("\\son[a-z]+=\"", html);
        }
    }

    [Fact]
    public async Task A_post_without_an_antiforgery_token_gets_400_with_the_vietnamese_page()
    {
        var client = portal.Factory.CreatePortalClient();
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "so.gddt@hoctap.local", ["Password"] = PortalFactory.DemoPassword,
        }));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Yêu cầu không hợp lệ", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_post_with_a_forged_token_gets_400_with_the_vietnamese_page()
    {
        var client = await portal.Factory.SignedInAsync("so.gddt@hoctap.local");
        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = "CfDJ8-gia-mao",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Yêu cầu không hợp lệ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Plans")).StatusCode); // still signed in
    }
}
