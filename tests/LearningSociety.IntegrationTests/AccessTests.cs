using System.Net;
using LearningSociety.Infrastructure.Seeding;
using LearningSociety.IntegrationTests.Infrastructure;

namespace LearningSociety.IntegrationTests;

public sealed class AccessTests(AccessTests.Portal portal) : IClassFixture<AccessTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    public static TheoryData<string> SignedInPages => new() { "/", "/Plans", "/Plans/Details/1", "/Plans/Source/1", "/Units", "/Agencies", "/Account/ChangePassword", "/Admin/Users" };

    [Theory]
    [MemberData(nameof(SignedInPages))]
    public async Task Anonymous_users_are_sent_to_sign_in(string url)
    {
        var response = await portal.Factory.CreatePortalClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_page_and_health_are_open_to_everyone()
    {
        var client = portal.Factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    public static TheoryData<string, string, bool> RolePages()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var account in DemoUsers.Accounts)
        {
            foreach (var page in new[] { "/", "/Plans", "/Plans/Details/2", "/Units", "/Agencies" })
            {
                data.Add(account.Email, page, true);
            }

            data.Add(account.Email, "/Admin/Users", account.Role == Domain.Identity.Roles.Admin);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RolePages))]
    public async Task Each_role_reaches_its_pages_and_is_refused_the_others(string email, string url, bool allowed)
    {
        var client = await portal.Factory.SignedInAsync(email);
        var response = await client.GetAsync(url);
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_rejected()
    {
        var client = await portal.Factory.SignedInAsync("admin@hoctap.local");
        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await portal.Factory.SignedInAsync("lanhdao@hoctap.local");
        var response = await client.PostFormAsync("/", "/Account/Logout", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Plans")).StatusCode);
    }
}
