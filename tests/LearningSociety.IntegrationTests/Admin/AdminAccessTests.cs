using System.Net;
using System.Reflection;
using LearningSociety.Domain.Identity;
using LearningSociety.Infrastructure.Seeding;
using LearningSociety.IntegrationTests.Infrastructure;
using LearningSociety.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.IntegrationTests.Admin;

public sealed class AdminAccessTests(AdminPortal portal) : IClassFixture<AdminPortal>
{
    public static TheoryData<string> NonAdmins() =>
        [.. DemoUsers.Accounts.Where(a => a.Role != Roles.Admin).Select(a => a.Email)];

    private async Task<(string[] Gets, string[] Posts)> EndpointsAsync()
    {
        var adminId = (await portal.UserAsync(AdminPortal.Admin)).Id;
        var otherId = (await portal.UserAsync("so.gddt@hoctap.local")).Id;
        var agency = await portal.AgencyIdAsync("80:so-gddt");
        var unit = await portal.UnitOfAgencyAsync("80:so-gddt");
        string[] gets =
        [
            "/Admin/Users", "/Admin/Users/Create", $"/Admin/Users/Edit/{adminId}", $"/Admin/Users/Password/{otherId}", "/Admin/Users/AgencyOptions?q=long",
            "/Admin/Audit", "/Admin/Agencies", $"/Admin/Agencies/Edit/{agency}", "/Admin/Units", $"/Admin/Units/Edit/{unit}",
        ];
        string[] posts =
        [
            "/Admin/Users/Create", $"/Admin/Users/Edit/{adminId}", $"/Admin/Users/Edit/{otherId}", $"/Admin/Users/Lock/{otherId}", $"/Admin/Users/Lock/{adminId}",
            $"/Admin/Users/Unlock/{otherId}", $"/Admin/Users/Password/{otherId}", $"/Admin/Agencies/Edit/{agency}", $"/Admin/Units/Edit/{unit}",
        ];
        return (gets, posts);
    }

    [Theory]
    [MemberData(nameof(NonAdmins))]
    public async Task Other_roles_are_refused_every_admin_page_and_action(string email)
    {
        var (gets, posts) = await EndpointsAsync();
        var client = await portal.Factory.SignedInAsync(email);
        foreach (var url in gets)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"GET {url} as {email}: {response.StatusCode}");
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        foreach (var url in posts)
        {
            // A genuine token from the user's own page: the refusal comes from the role, not from antiforgery.
            var response = await client.PostFormAsync("/", url, new()
            {
                ["Email"] = "ke.gian@hoctap.local", ["FullName"] = "Kẻ gian", ["Role"] = Roles.Admin, ["NewPassword"] = "Ke@Gian12345",
                ["ConfirmPassword"] = "Ke@Gian12345", ["Password"] = "Ke@Gian12345", ["ContactName"] = "Kẻ gian",
            });
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url} as {email}: {response.StatusCode}");
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.Null(await portal.QueryAsync(db => Task.FromResult(db.Users.SingleOrDefault(u => u.Email == "ke.gian@hoctap.local"))));
        Assert.Null((await portal.UserAsync("so.gddt@hoctap.local")).LockoutEnd);
        Assert.Equal(new[] { Roles.ProvinceReviewer }, await portal.RolesAsync("so.gddt@hoctap.local"));
        Assert.False(await portal.QueryAsync(db => Task.FromResult(db.AuditEntries.Any(a => a.Action.StartsWith("user.") || a.Action.EndsWith(".contact")))));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var (gets, _) = await EndpointsAsync();
        var client = portal.Factory.CreatePortalClient();
        foreach (var url in gets)
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_controller_of_the_admin_area_requires_the_admin_role()
    {
        var controllers = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && t.GetCustomAttribute<AreaAttribute>()?.RouteValue == "Admin")
            .ToList();
        Assert.Equal(8, controllers.Count); // users, agencies, units, unit import, transition, audit, unsent mail, API tokens
        Assert.Equal([Roles.Admin], Policies.AdminRoles);
        foreach (var controller in controllers)
        {
            Assert.Contains(controller.GetCustomAttributes<AuthorizeAttribute>(), a => a.Policy == Policies.Admin);
            Assert.DoesNotContain(controller.GetMethods(), m => m.GetCustomAttribute<AllowAnonymousAttribute>() is not null);
        }
    }
}
