using System.Net;
using LearningSociety.IntegrationTests.Infrastructure;
using LearningSociety.Web.Features.Account;

namespace LearningSociety.IntegrationTests;

public sealed class SignInTests(SignInTests.Portal portal) : IClassFixture<SignInTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    [Fact]
    public async Task A_wrong_password_gets_a_clear_message_and_keeps_the_email()
    {
        var client = portal.Factory.CreatePortalClient();
        var response = await client.LoginAsync("so.gddt@hoctap.local", "Sai@mat-khau1");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Thư điện tử hoặc mật khẩu không đúng.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"so.gddt@hoctap.local\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_framework_s_own_validation_messages_are_in_vietnamese()
    {
        // The implicit "required" of a checkbox's bool reached the page as "The Ghi nhớ đăng nhập field is required.".
        var html = await portal.Factory.CreatePortalClient().GetStringAsync("/Account/Login");
        Assert.DoesNotContain("field is required", html, StringComparison.Ordinal);
        Assert.Contains("data-val-required=\"Vui lòng nhập “Ghi nhớ đăng nhập”.\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_of_a_copied_cookie_too()
    {
        var owner = portal.Factory.CreatePortalClient();
        var login = await owner.LoginAsync("lanhdao@hoctap.local");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var copied = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var thief = portal.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        async Task<HttpResponseMessage> HomeWithCopiedCookieAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.Add("Cookie", copied);
            return await thief.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.OK, (await HomeWithCopiedCookieAsync()).StatusCode);
        var logout = await owner.PostFormAsync("/", "/Account/Logout", []);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        // The browser forgets this site's pages kept for offline use, local drafts and cache (shared phones).
        Assert.Equal("\"cache\", \"storage\"", string.Join(", ", logout.Headers.GetValues("Clear-Site-Data")));

        var after = await HomeWithCopiedCookieAsync();
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var client = portal.Factory.CreatePortalClient();
        for (var i = 0; i < 5; i++)
        {
            await client.LoginAsync("mttq.canduoc@hoctap.local", "Sai@mat-khau1");
        }

        var response = await client.LoginAsync("mttq.canduoc@hoctap.local");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // not signed in
        Assert.Contains(AccountController.FailedSignIn, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await portal.Factory.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == "mttq.canduoc@hoctap.local").LockoutEnd > DateTimeOffset.UtcNow)));
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_as_a_wrong_password()
    {
        var client = portal.Factory.CreatePortalClient();
        var unknown = await (await client.LoginAsync("khong.co.ai@hoctap.local", "Sai@mat-khau1")).Content.ReadAsStringAsync();
        var wrong = await (await client.LoginAsync("so.gddt@hoctap.local", "Sai@mat-khau1")).Content.ReadAsStringAsync();
        Assert.Contains(AccountController.FailedSignIn, unknown, StringComparison.Ordinal);
        Assert.Contains(AccountController.FailedSignIn, wrong, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_form_says_what_is_missing()
    {
        var client = portal.Factory.CreatePortalClient();
        var response = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Email"] = "", ["Password"] = "" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Vui lòng nhập thư điện tử.", html, StringComparison.Ordinal);
        Assert.Contains("Vui lòng nhập mật khẩu.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_password_enforces_the_policy_then_works()
    {
        var client = await portal.Factory.SignedInAsync("phong.gddt.canduoc@hoctap.local");
        var weak = await client.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", new()
        {
            ["CurrentPassword"] = PortalFactory.DemoPassword, ["NewPassword"] = "abc", ["ConfirmPassword"] = "abc",
        });
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var ok = await client.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", new()
        {
            ["CurrentPassword"] = PortalFactory.DemoPassword, ["NewPassword"] = "Moi@Matkhau2026", ["ConfirmPassword"] = "Moi@Matkhau2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        var fresh = portal.Factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.LoginAsync("phong.gddt.canduoc@hoctap.local", "Moi@Matkhau2026")).StatusCode);
    }
}
