using System.Net;
using LearningSociety.IntegrationTests.Infrastructure;

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
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var client = portal.Factory.CreatePortalClient();
        for (var i = 0; i < 5; i++)
        {
            await client.LoginAsync("mttq.canduoc@hoctap.local", "Sai@mat-khau1");
        }

        var response = await client.LoginAsync("mttq.canduoc@hoctap.local");
        Assert.Contains("Tài khoản tạm thời bị khóa", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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
