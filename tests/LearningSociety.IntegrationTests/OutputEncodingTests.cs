using System.Net;
using LearningSociety.Domain.Identity;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Identity;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests;

/// <summary>What users type is shown as text: markup in a narrative or a name never reaches the page as markup.</summary>
public sealed class OutputEncodingTests(OutputEncodingTests.Portal portal) : IClassFixture<OutputEncodingTests.Portal>
{
    private const string Script = "<script>alert(1)</script>";
    private const string Encoded = "&lt;script&gt;alert(1)&lt;/script&gt;";

    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public async Task DisposeAsync() => await Factory.DisposeAsync();

        public Task InitializeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task A_narrative_with_a_script_tag_is_saved_over_http_and_shown_encoded()
    {
        var factory = portal.Factory;
        factory.CreatePortalClient();
        int reportId;
        string agencyKey;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var report = await db.Reports.Include(r => r.Agency)
                .Where(r => r.LastSavedAt == null && r.Agency!.Kind == Domain.Agencies.AgencyKind.PeoplesCommittee)
                .OrderBy(r => r.Id).FirstAsync();
            (reportId, agencyKey) = (report.Id, report.Agency!.Key);
        }

        await factory.CreateUserAsync("xss.xa@test.vn", Roles.CommuneOfficer, agencyKey);
        var client = await factory.SignedInAsync("xss.xa@test.vn");
        var form = await ReportForm.ReadAsync(client, reportId);
        form[ReportForm.FirstNarrative(form)] = "Kết quả " + Script + " \"trích dẫn\" & 'nháy'";
        var saved = await ReportForm.PostAsync(client, reportId, form, "save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.True(await db.Set<Domain.Reporting.ReportNarrative>().AnyAsync(n => n.Text!.Contains(Script)), "stored as typed");
        }

        var html = await client.GetStringAsync($"/Reports/Edit/{reportId}");
        Assert.Contains(Encoded, html, StringComparison.Ordinal);
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_name_with_a_script_tag_is_shown_encoded_in_the_user_list()
    {
        using (var scope = portal.Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = "ten.xss@test.vn", Email = "ten.xss@test.vn", FullName = "Nguyễn " + Script };
            Assert.True((await users.CreateAsync(user, PortalFactory.DemoPassword)).Succeeded);
        }

        var admin = await portal.Factory.SignedInAsync("admin@hoctap.local");
        var html = await admin.GetStringAsync("/Admin/Users");
        Assert.Contains("Nguyễn " + Encoded, html, StringComparison.Ordinal);
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
    }
}
