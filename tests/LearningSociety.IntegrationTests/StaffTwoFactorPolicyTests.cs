using System.Net;
using LearningSociety.Domain.Identity;
using LearningSociety.Infrastructure.Identity;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests;

/// <summary>Outside demo mode, administrators and province reviewers must turn on two-factor sign-in before anything else.</summary>
public sealed class StaffTwoFactorPolicyTests(StaffTwoFactorPolicyTests.Portal portal) : IClassFixture<StaffTwoFactorPolicyTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public Task InitializeAsync()
        {
            Factory.Settings["Demo:Enabled"] = "false";
            Factory.Settings["Security:RequireTwoFactorForStaff"] = "true";
            Factory.CreatePortalClient();
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private PortalFactory Factory => portal.Factory;

    /// <summary>What the create-admin command does: a user with the Admin role, no unit, no agency.</summary>
    private async Task CreateAdminAsync(string email)
    {
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Quản trị thử" };
        Assert.True((await users.CreateAsync(user, PortalFactory.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Admin)).Succeeded);
    }

    [Fact]
    public async Task There_are_no_demo_accounts()
    {
        var response = await Factory.CreatePortalClient().LoginAsync("admin@hoctap.local");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // the form again, with "wrong email or password"
    }

    [Fact]
    public async Task An_admin_without_two_factor_is_sent_to_the_enable_page_until_it_is_on()
    {
        await CreateAdminAsync("quantri@test.vn");
        var client = await Factory.SignedInAsync("quantri@test.vn");

        foreach (var url in new[] { "/Plans", "/", "/Admin/Users", "/Account/ChangePassword" })
        {
            var blocked = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
            Assert.Equal("/Account/Security/Enable", blocked.Headers.Location!.OriginalString);
        }

        var page = await client.GetStringAsync("/Account/Security/Enable");
        Assert.Contains("bắt buộc dùng xác thực hai lớp", page, StringComparison.Ordinal);

        var setup = await client.EnableTwoFactorAsync(Factory);
        Assert.Equal(10, setup.RecoveryCodes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Plans")).StatusCode);

        // Staff under the policy cannot switch it off again.
        await client.PostFormAsync("/Account/Security", "/Account/Security/Disable", new());
        Assert.Contains("Đang bật", await client.GetStringAsync("/Account/Security"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_province_reviewer_is_held_too_but_a_commune_officer_is_not()
    {
        await Factory.CreateUserAsync("chuyenvien.so@test.vn", Roles.ProvinceReviewer, "80:so-gddt");
        await Factory.CreateUserAsync("canbo.xa@test.vn", Roles.CommuneOfficer, "28144:ubnd");

        var reviewer = await Factory.SignedInAsync("chuyenvien.so@test.vn");
        Assert.Equal("/Account/Security/Enable", (await reviewer.GetAsync("/Reports")).Headers.Location!.OriginalString);

        var commune = await Factory.SignedInAsync("canbo.xa@test.vn");
        Assert.Equal(HttpStatusCode.OK, (await commune.GetAsync("/Plans")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_is_still_possible_before_enabling()
    {
        await CreateAdminAsync("dangxuat@test.vn");
        var client = await Factory.SignedInAsync("dangxuat@test.vn");
        var response = await client.PostFormAsync("/Account/Security/Enable", "/Account/Logout", new());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.OriginalString);
        Assert.StartsWith("/Account/Login?", (await client.GetAsync("/Plans")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
