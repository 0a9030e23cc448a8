using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Caching;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// Pages keep what they computed until the next write (FreshCache under DataVersion), and never show a figure
/// older than the last acknowledged write: for each kind of write — a save, a submission, a review, a change of
/// the period — the pages and the API read after the answer show it, although they were read (and kept) just before.
/// </summary>
public sealed class ConsolidatedCacheFreshnessTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Every_kind_of_write_shows_on_the_next_read_of_pages_that_were_kept()
    {
        _factory.CreatePortalClient();
        var (reportId, commune) = await _factory.FreshCommuneAsync("xa.tuoi@test.vn");
        var district = await _factory.SignedInAsync("phong.gddt.canduoc@hoctap.local");
        var period = await _factory.PeriodIdAsync("KH-BCĐ");
        var canDuoc = await _factory.UnitIdAsync(Consolidations.CanDuoc);
        var version = _factory.Services.GetRequiredService<DataVersion>();

        // Read twice: the second read comes from what the first one kept (no write in between).
        var kept = version.Current;
        Assert.Matches(ButtonFor(reportId, "Bắt đầu"), await commune.GetStringAsync("/Reports"));
        Assert.Matches(ButtonFor(reportId, "Bắt đầu"), await commune.GetStringAsync("/Reports"));
        var before = await district.ApiAsync(period, canDuoc);
        Assert.Equal(before.Int("received"), (await district.ApiAsync(period, canDuoc)).Int("received"));
        await district.GetStringAsync("/Dashboard");
        await district.GetStringAsync("/");
        Assert.Equal(kept, version.Current); // reading writes nothing that bumps the version

        // A save (a draft): "Bắt đầu" becomes "Tiếp tục" on the officer's list.
        var form = await ReportForm.ReadAsync(commune, reportId);
        form[ReportForm.FirstNarrative(form)] = "Kết quả năm 2024 của xã.";
        var t2 = await _factory.TargetFieldAsync(form, "KH-BCĐ", "T2");
        form[t2 + ".Numerator"] = "300";
        form[t2 + ".Denominator"] = "1000";
        Assert.Equal(HttpStatusCode.Redirect, (await ReportForm.PostAsync(commune, reportId, form, "save")).StatusCode);
        Assert.True(version.Current > kept);
        Assert.Matches(ButtonFor(reportId, "Tiếp tục"), await commune.GetStringAsync("/Reports"));
        Assert.Equal(before.Int("received"), (await district.ApiAsync(period, canDuoc)).Int("received")); // a draft counts for nothing

        // A submission: received + 1 and the figure in the total, on the API, the dashboard and the home page.
        await district.GetStringAsync("/Dashboard");
        Assert.Equal(HttpStatusCode.Redirect, (await ReportForm.PostAsync(commune, reportId, await ReportForm.ReadAsync(commune, reportId), "submit")).StatusCode);
        var submitted = await district.ApiAsync(period, canDuoc);
        Assert.Equal(before.Int("received") + 1, submitted.Int("received"));
        Assert.Equal(before.Target("T2").GetProperty("numerator").GetDecimal() + 300, submitted.Target("T2").GetProperty("numerator").GetDecimal());
        Assert.Equal("Submitted", ChildStatus(submitted, reportId));
        Assert.Contains("300/1.000 (30,0%)", await district.GetStringAsync(Consolidations.Url("/Consolidated", period, canDuoc)), StringComparison.Ordinal);
        Assert.Matches(ButtonFor(reportId, "Xem"), await commune.GetStringAsync("/Reports"));

        // A review (returned): received − 1, and the officer is asked to fix it.
        var returned = await district.PostFormAsync($"/Reports/Edit/{reportId}", $"/Reports/Review/{reportId}", new() { ["decision"] = "Return", ["comment"] = "Bổ sung số liệu." });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var afterReview = await district.ApiAsync(period, canDuoc);
        Assert.Equal(before.Int("received"), afterReview.Int("received"));
        Assert.Equal("Returned", ChildStatus(afterReview, reportId));
        Assert.Matches(ButtonFor(reportId, "Sửa và nộp lại"), await commune.GetStringAsync("/Reports"));

        // A change of the period (closed: what was not submitted becomes "không nộp", a bulk update).
        var drafts = await _factory.WithDbAsync(db => db.Reports.Where(r => r.PeriodId == period && r.Status == ReportStatus.Draft && r.Unit!.Path.StartsWith(db.Units.Where(u => u.Id == canDuoc).Select(u => u.Path).Single()))
            .Select(r => r.Id).ToListAsync());
        Assert.NotEmpty(drafts);
        Assert.Equal("Draft", ChildStatus(afterReview, drafts[0]));
        var admin = await _factory.SignedInAsync("admin@hoctap.local");
        var planId = await _factory.WithDbAsync(db => db.ReportingPeriods.Where(p => p.Id == period).Select(p => p.PlanId).SingleAsync());
        var periods = $"/Plans/{planId}/Periods";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(periods, $"{periods}/{period}/Close", [])).StatusCode);
        var closed = await district.ApiAsync(period, canDuoc);
        Assert.Equal("NotSubmitted", ChildStatus(closed, drafts[0]));
        Assert.Equal("NotSubmitted", ChildStatus(closed, reportId));

        // A write made outside a request (as a background job or a command does) counts as well.
        await _factory.WithDbAsync(async db =>
        {
            var report = await db.Reports.SingleAsync(r => r.Id == drafts[0]);
            report.Status = ReportStatus.Excused;
            await db.SaveChangesAsync();
            return 0;
        });
        Assert.Equal(closed.Int("expected") - 1, (await district.ApiAsync(period, canDuoc)).Int("expected")); // excused: not expected
    }

    [Theory]
    [InlineData("INSERT INTO \"Reports\" (\"Id\") VALUES (@p0) RETURNING \"Id\";", true)]
    [InlineData("UPDATE \"r\" SET \"Status\" = 'NotSubmitted' FROM \"Reports\" AS \"r\"", true)]
    [InlineData("DELETE FROM [ReportTargetValues] WHERE [Id] = @p0", true)]
    [InlineData("INSERT INTO \"AuditEntries\" (\"Action\") VALUES (@p0);", false)]
    [InlineData("UPDATE \"ApiTokens\" SET \"LastUsedAt\" = @p0 WHERE \"Id\" = @p1;", false)]
    [InlineData("INSERT INTO \"AuditEntries\" (\"Action\") VALUES (@p0);\nUPDATE \"Reports\" SET \"Status\" = @p1;", true)]
    [InlineData("SELECT \"r\".\"Id\" FROM \"Reports\" AS \"r\" WHERE \"r\".\"Status\" = 'Submitted'", false)]
    public void Writes_to_tables_pages_read_bump_the_version(string sql, bool bumps) =>
        Assert.Equal(bumps, DataVersionInterceptor.WritesReadData(sql));

    private static Regex ButtonFor(int reportId, string label) =>
        new(string.Create(CultureInfo.InvariantCulture, $"href=\"/Reports/Edit/{reportId}\"[^>]*>{Regex.Escape(label)}</a>"));

    private static string? ChildStatus(JsonElement consolidation, int reportId) =>
        consolidation.GetProperty("children").EnumerateArray()
            .Single(c => c.GetProperty("reportId").ValueKind == JsonValueKind.Number && c.GetProperty("reportId").GetInt32() == reportId)
            .GetProperty("status").GetString();
}
