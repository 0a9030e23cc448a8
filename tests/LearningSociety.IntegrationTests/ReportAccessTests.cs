using System.Net;
using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests;

/// <summary>Editing an id in the URL or the form never reaches another unit's report.</summary>
public sealed class ReportAccessTests(ReportAccessTests.Portal portal) : IClassFixture<ReportAccessTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public Dictionary<string, int> Ids { get; } = [];

        public async Task InitializeAsync()
        {
            Factory.CreatePortalClient();
            using var scope = Factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Ids["longhuudong"] = await db.Reports.Where(r => r.Agency!.Key == "28144:ubnd").Select(r => r.Id).SingleAsync();
            Ids["longtrach"] = await db.Reports.Where(r => r.Agency!.Key == "28111:ubnd").Select(r => r.Id).SingleAsync();
            Ids["submitted"] = await db.Reports.Where(r => r.Period!.Plan!.Symbol == "KH-BCĐ" && r.Status == ReportStatus.Submitted).Select(r => r.Id).FirstAsync();
            Ids["thapmuoi"] = await db.Reports.Where(r => r.Period!.Plan!.Number == "770" && r.Agency!.Kind == Domain.Agencies.AgencyKind.PeoplesCommittee).Select(r => r.Id).FirstAsync();
            Ids["canduoc-district"] = await db.Reports.Where(r => r.Agency!.Key == "806:phong-gddt").Select(r => r.Id).SingleAsync();
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    public static TheoryData<string, string, bool, bool> Matrix() => new()
    {
        // user, report, may read, may edit
        { "xa.longhuudong@hoctap.local", "longhuudong", true, true },
        { "xa.longhuudong@hoctap.local", "longtrach", false, false },
        { "xa.longhuudong@hoctap.local", "thapmuoi", false, false },
        { "mttq.canduoc@hoctap.local", "longtrach", false, false },
        { "phong.gddt.canduoc@hoctap.local", "longtrach", true, false },
        { "phong.gddt.canduoc@hoctap.local", "thapmuoi", false, false },
        { "phong.gddt.canduoc@hoctap.local", "canduoc-district", true, true },
        { "so.gddt@hoctap.local", "longtrach", true, false },
        { "so.gddt@hoctap.local", "thapmuoi", false, false },
        { "lanhdao@hoctap.local", "longtrach", true, false },
        { "lanhdao@hoctap.local", "canduoc-district", true, false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_user_reads_and_edits_only_what_their_unit_allows(string email, string report, bool read, bool edit)
    {
        var client = await portal.Factory.SignedInAsync(email);
        var id = portal.Ids[report];
        var get = await client.GetAsync($"/Reports/Edit/{id}");
        Assert.Equal(read ? HttpStatusCode.OK : HttpStatusCode.NotFound, get.StatusCode);
        var html = await get.Content.ReadAsStringAsync();
        Assert.Equal(edit, html.Contains("name=\"command\" value=\"save\"", StringComparison.Ordinal));

        // Posting a save to the id directly, with a valid token from the user's own page.
        var token = await client.AntiforgeryTokenAsync("/Reports");
        var before = await VersionAsync(id);
        await client.PostAsync($"/Reports/Edit/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Version"] = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Narratives[0].Number"] = "I", ["Narratives[0].Text"] = "ghi đè", ["command"] = "save",
        }));
        Assert.Equal(edit, await VersionAsync(id) != before);
    }

    [Fact]
    public async Task A_commune_cannot_approve_or_return_reports_it_does_not_review()
    {
        var client = await portal.Factory.SignedInAsync("xa.longhuudong@hoctap.local");
        var id = portal.Ids["submitted"];
        var token = await client.AntiforgeryTokenAsync("/Reports");
        await client.PostAsync($"/Reports/Review/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["decision"] = "Approve",
        }));
        using var scope = portal.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(ReportStatus.Submitted, (await db.Reports.SingleAsync(r => r.Id == id)).Status);
    }

    [Fact]
    public async Task The_district_report_cannot_be_approved_while_its_communes_are_not()
    {
        var district = await portal.Factory.SignedInAsync("phong.gddt.canduoc@hoctap.local");
        var id = portal.Ids["canduoc-district"];
        var form = await ReportForm.ReadAsync(district, id);
        form[ReportForm.FirstNarrative(form)] = "Báo cáo tổng hợp của huyện.";
        Assert.Equal(HttpStatusCode.Redirect, (await ReportForm.PostAsync(district, id, form, "submit")).StatusCode);

        var province = await portal.Factory.SignedInAsync("so.gddt@hoctap.local");
        await province.PostFormAsync($"/Reports/Edit/{id}", $"/Reports/Review/{id}", new() { ["decision"] = "Approve" });
        var page = await province.GetStringAsync($"/Reports/Edit/{id}");
        Assert.Contains("Chưa thể duyệt: còn", page, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Submitted, (await StatusAsync(id)));
    }

    private async Task<int> VersionAsync(int id)
    {
        using var scope = portal.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Reports.Where(r => r.Id == id).Select(r => r.Version).SingleAsync();
    }

    private async Task<ReportStatus> StatusAsync(int id)
    {
        using var scope = portal.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Reports.Where(r => r.Id == id).Select(r => r.Status).SingleAsync();
    }
}
