using System.Net;
using LearningSociety.Domain.Identity;
using LearningSociety.Infrastructure.Data;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests;

/// <summary>Any user can turn on sign-in with an authenticator app; after that the password alone is not enough.</summary>
public sealed class TwoFactorSignInTests(TwoFactorSignInTests.Portal portal) : IClassFixture<TwoFactorSignInTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private PortalFactory Factory => portal.Factory;

    private async Task<(HttpClient Client, TwoFactorClient.Setup Setup)> UserWithTwoFactorAsync(string email)
    {
        await Factory.CreateUserAsync(email, Roles.AgencyReporter, "806:mttq");
        var client = await Factory.SignedInAsync(email);
        return (client, await client.EnableTwoFactorAsync(Factory));
    }

    private async Task<List<string>> AuditActionsAsync(string email)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.AuditEntries.Where(a => a.UserName == email).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
    }

    [Fact]
    public void The_tests_own_totp_matches_the_rfc_6238_vectors()
    {
        var key = "12345678901234567890"u8.ToArray();
        Assert.Equal("94287082", TestTotp.Code(key, 59 / 30, 8));
        Assert.Equal("07081804", TestTotp.Code(key, 1111111109 / 30, 8));
        Assert.Equal("14050471", TestTotp.Code(key, 1111111111 / 30, 8));
        Assert.Equal("89005924", TestTotp.Code(key, 1234567890 / 30, 8));
    }

    [Fact]
    public async Task The_enable_page_shows_the_key_in_groups_of_four_and_an_otpauth_link()
    {
        await Factory.CreateUserAsync("khoa.hien@test.vn", Roles.CommuneOfficer, "28144:ubnd");
        var client = await Factory.SignedInAsync("khoa.hien@test.vn");
        var html = await client.GetStringAsync("/Account/Security/Enable");
        var key = await client.SharedKeyAsync();

        Assert.Matches("^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$", key);
        Assert.Contains("otpauth://totp/X%C3%A3%20h%E1%BB%99i%20h%E1%BB%8Dc%20t%E1%BA%ADp:khoa.hien%40test.vn?secret=" + key.Replace(" ", "", StringComparison.Ordinal),
            System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("Bật xác thực hai lớp", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_enabling_the_password_alone_does_not_sign_in_and_the_app_code_does()
    {
        var (_, setup) = await UserWithTwoFactorAsync("hai.lop@test.vn");
        Assert.Equal(10, setup.RecoveryCodes.Count);
        Assert.Equal(10, setup.RecoveryCodes.Distinct(StringComparer.Ordinal).Count());

        var client = Factory.CreatePortalClient();
        var password = await client.LoginAsync("hai.lop@test.vn");
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/Account/LoginTwoFactor", password.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // Half-way in is not signed in.
        var home = await client.GetAsync("/Reports");
        Assert.StartsWith("/Account/Login?", home.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var code = await client.SecondStepAsync(TestTotp.Code(setup.Key, Factory.Clock.GetUtcNow()));
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal("/", code.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Reports")).StatusCode);
        Assert.Equal(["login", "2fa.enable", "login"], await AuditActionsAsync("hai.lop@test.vn"));
    }

    [Fact]
    public async Task A_wrong_code_is_refused_in_vietnamese_and_a_used_code_cannot_be_replayed()
    {
        var (_, setup) = await UserWithTwoFactorAsync("sai.ma@test.vn");
        var right = TestTotp.Code(setup.Key, Factory.Clock.GetUtcNow());
        var wrong = right == "123456" ? "654321" : "123456";

        var client = Factory.CreatePortalClient();
        await client.LoginAsync("sai.ma@test.vn");
        var refused = await client.SecondStepAsync(wrong);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Mã xác thực không đúng hoặc đã được dùng.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Reports")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await client.SecondStepAsync(right)).StatusCode);

        // The same code, seen over a shoulder and typed on another machine within its 30 seconds.
        var other = Factory.CreatePortalClient();
        await other.LoginAsync("sai.ma@test.vn");
        var replay = await other.SecondStepAsync(right);
        Assert.Contains("Mã xác thực không đúng hoặc đã được dùng.", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("login.2fa-failed", await AuditActionsAsync("sai.ma@test.vn"));
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_account_even_against_the_right_code()
    {
        var (_, setup) = await UserWithTwoFactorAsync("khoa.ma@test.vn");
        var right = TestTotp.Code(setup.Key, Factory.Clock.GetUtcNow());
        var wrong = right == "111111" ? "222222" : "111111";

        var client = Factory.CreatePortalClient();
        await client.LoginAsync("khoa.ma@test.vn");
        for (var i = 0; i < 5; i++)
        {
            await client.SecondStepAsync(wrong);
        }

        var locked = await client.SecondStepAsync(right);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("Tài khoản tạm thời bị khóa", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("login.locked", await AuditActionsAsync("khoa.ma@test.vn"));
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_is_audited()
    {
        var (_, setup) = await UserWithTwoFactorAsync("khoi.phuc@test.vn");
        var recovery = setup.RecoveryCodes[3];

        var first = Factory.CreatePortalClient();
        await first.LoginAsync("khoi.phuc@test.vn");
        // Typed as people do: lower case, without the hyphen.
        var used = await first.SecondStepAsync(recovery.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant());
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/Reports")).StatusCode);

        var second = Factory.CreatePortalClient();
        await second.LoginAsync("khoi.phuc@test.vn");
        var again = await second.SecondStepAsync(recovery);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Mã khôi phục không đúng hoặc đã được dùng.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var overview = await first.GetStringAsync("/Account/Security");
        Assert.Contains("Còn <strong>9</strong> mã khôi phục chưa dùng.", overview, StringComparison.Ordinal);
        var actions = await AuditActionsAsync("khoi.phuc@test.vn");
        Assert.Contains("login.recovery-code", actions);
        Assert.Contains("login.recovery-code-failed", actions);
    }

    [Fact]
    public async Task Disabling_is_audited_and_the_password_is_enough_again()
    {
        var (client, _) = await UserWithTwoFactorAsync("tat.hai.lop@test.vn");
        var disabled = await client.PostFormAsync("/Account/Security", "/Account/Security/Disable", new());
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Contains("Chưa bật", await client.GetStringAsync("/Account/Security"), StringComparison.Ordinal);

        var fresh = Factory.CreatePortalClient();
        var login = await fresh.LoginAsync("tat.hai.lop@test.vn");
        Assert.Equal("/", login.Headers.Location!.OriginalString);
        Assert.Contains("2fa.disable", await AuditActionsAsync("tat.hai.lop@test.vn"));
    }

    [Fact]
    public async Task Resetting_gives_a_new_key_and_the_old_one_stops_working()
    {
        var (client, setup) = await UserWithTwoFactorAsync("dat.lai@test.vn");
        var reset = await client.PostFormAsync("/Account/Security", "/Account/Security/Reset", new());
        Assert.Equal("/Account/Security/Enable", reset.Headers.Location!.OriginalString);
        var newKey = await client.SharedKeyAsync();
        Assert.NotEqual(setup.Key, newKey);

        var refused = await client.PostFormAsync("/Account/Security/Enable", "/Account/Security/Enable", new()
        {
            ["Code"] = TestTotp.Code(setup.Key, Factory.Clock.GetUtcNow()),
        });
        Assert.Contains("Mã xác thực không đúng.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(10, (await client.EnableTwoFactorAsync(Factory)).RecoveryCodes.Count);
        Assert.Contains("2fa.reset", await AuditActionsAsync("dat.lai@test.vn"));
    }

    [Fact]
    public async Task In_demo_mode_the_demo_admin_uses_the_portal_with_the_password_alone()
    {
        var admin = await Factory.SignedInAsync("admin@hoctap.local");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Plans")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Users")).StatusCode);
    }
}
