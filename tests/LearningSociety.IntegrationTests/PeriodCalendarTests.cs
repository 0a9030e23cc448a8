using System.Globalization;
using System.Net;
using System.Text.Json;
using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Identity;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Reporting;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// Periods follow the calendar: a sample plan of the new Tây Ninh (from 1/7/2025) has its 2026 period
/// opened on 15/12/2025 and closed after its grace, by the runner the background service calls.
/// </summary>
public sealed class PeriodCalendarTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    /// <summary>Vietnam's 09:00 on the given day.</summary>
    private void SetDay(int year, int month, int day) => _factory.Clock.Now = new DateTimeOffset(year, month, day, 2, 0, 0, TimeSpan.Zero);

    private async Task<PeriodCalendarRun> RunCalendarAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PeriodCalendarRunner>().RunAsync();
    }

    /// <summary>Communes and wards of the new Tây Ninh (code 80), read straight from the official entries.</summary>
    private static int OfficialCommunesOfNewTayNinh()
    {
        var path = Path.Combine(SeedCounts.SeedsFolder, "admin-units", "2025-07-01-three-provinces-after-merger.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("data").EnumerateArray()
            .Single(p => p.GetProperty("level1_id").GetString() == "80").GetProperty("level2s").GetArrayLength();
    }

    /// <summary>A sample plan of the new province: communes and wards report to the Sở, the Sở to the UBND tỉnh, before 10/12.</summary>
    private Task<int> CreateTayNinhPlanAsync() => _factory.WithDbAsync(async db =>
    {
        var ubnd = await db.Agencies.SingleAsync(a => a.Key == "80/2025:ubnd");
        var so = await db.Agencies.SingleAsync(a => a.Key == "80/2025:so-gddt");
        var communes = await db.Agencies.SingleAsync(a => a.Key == "80/2025:ubnd-cap-xa");
        var deadline = Deadline.From(DeadlineRule.EveryYear(10, 12, "trước ngày 10/12 hằng năm"));
        var plan = new Plan
        {
            Number = "999", Symbol = "KH-UBND", Title = "Kế hoạch mẫu: xây dựng xã hội học tập tỉnh Tây Ninh giai đoạn 2026 - 2030",
            IssuedOn = new DateOnly(2025, 10, 15), IssuerId = ubnd.Id, UnitId = ubnd.UnitId, Level = UnitLevel.Province,
            PeriodStartYear = 2026, PeriodEndYear = 2030, Status = PlanStatus.Active,
        };
        plan.ReportingRules.Add(new ReportingRule { FromAgencyId = communes.Id, ToAgencyId = so.Id, Frequency = ReportFrequency.Annual, Deadline = deadline, SortOrder = 1 });
        plan.ReportingRules.Add(new ReportingRule { FromAgencyId = so.Id, ToAgencyId = ubnd.Id, Frequency = ReportFrequency.Annual, Deadline = Deadline.From(DeadlineRule.EveryYear(10, 12, "trước ngày 10/12 hằng năm")), SortOrder = 2 });
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    });

    private Task<List<Report>> ReportsAsync(int planId, string period) => _factory.WithDbAsync(db =>
        db.Reports.AsNoTracking().Include(r => r.Agency).Where(r => r.Period!.PlanId == planId && r.Period.Name == period).ToListAsync());

    [Fact]
    public async Task The_2026_period_opens_on_15_December_closes_after_its_grace_and_the_province_approves_above_communes_that_never_reported()
    {
        _factory.CreatePortalClient();
        var planId = await CreateTayNinhPlanAsync();
        var canDuoc = await _factory.WithDbAsync(db => db.Plans.Where(p => p.Symbol == "KH-BCĐ").Select(p => p.Id).SingleAsync());

        // 14/12/2025 still belongs to the 2025 window: nothing opens for a plan that starts in 2026.
        SetDay(2025, 12, 14);
        await RunCalendarAsync();
        Assert.Empty(await ReportsAsync(planId, "Năm 2026"));

        // 15/12/2025: the 2026 window starts; one report per current commune or ward, plus the Sở's own.
        SetDay(2025, 12, 15);
        var run = await RunCalendarAsync();
        Assert.True(run.Opened >= 1);
        var reports = await ReportsAsync(planId, "Năm 2026");
        var official = OfficialCommunesOfNewTayNinh();
        Assert.Equal(96, official);
        Assert.Equal(official, reports.Count(r => r.Agency!.Kind == AgencyKind.PeoplesCommittee));
        Assert.Single(reports, r => r.Agency!.Key == "80/2025:so-gddt");
        Assert.Equal(official + 1, reports.Count);
        Assert.All(reports, r => Assert.True(r.Agency!.IsValidOn(new DateOnly(2026, 12, 14))));
        var period = await _factory.WithDbAsync(db => db.ReportingPeriods.AsNoTracking().SingleAsync(p => p.PlanId == planId));
        Assert.Equal((new DateOnly(2025, 12, 15), new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 10)), (period.CutoffStart, period.CutoffEnd, period.Deadline));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "period.open" && a.EntityId == period.Id.ToString(CultureInfo.InvariantCulture) && a.UserName == "Hệ thống")));

        // Again, and two runners at once over two DbContexts: nothing twice.
        await RunCalendarAsync();
        await Task.WhenAll(RunCalendarAsync(), RunCalendarAsync());
        Assert.Equal(1, await _factory.WithDbAsync(db => db.ReportingPeriods.CountAsync(p => p.PlanId == planId)));
        Assert.Equal(official + 1, (await ReportsAsync(planId, "Năm 2026")).Count);

        // The Cần Đước plan (in force to 2030) waits: its reviewer ended on 30/6/2025. Its page says so, naming it.
        Assert.False(await _factory.WithDbAsync(db => db.ReportingPeriods.AnyAsync(p => p.PlanId == canDuoc && p.Name == "Năm 2026")));
        var ended = await _factory.WithDbAsync(db => db.ReportingRules.Where(r => r.PlanId == canDuoc && r.ToAgency!.ValidTo != null)
            .Select(r => r.ToAgency!.Name).FirstAsync());
        var district = await _factory.SignedInAsync("so.gddt@hoctap.local");
        var canDuocPage = await district.GetStringAsync($"/Plans/{canDuoc}/Periods");
        Assert.Contains("chờ chuyển tiếp sau sắp xếp", canDuocPage, StringComparison.Ordinal);
        Assert.Contains(ended.Replace("&", "&amp;", StringComparison.Ordinal), canDuocPage, StringComparison.Ordinal);
        Assert.Contains("30/06/2025", canDuocPage, StringComparison.Ordinal);
        Assert.Contains("Quản trị viên hệ thống thực hiện việc chuyển tiếp.", canDuocPage, StringComparison.Ordinal);
        var admin = await _factory.SignedInAsync("admin@hoctap.local");
        Assert.Contains("href=\"/Admin/Transition\"", await admin.GetStringAsync($"/Plans/{canDuoc}/Periods"), StringComparison.Ordinal);

        // The Sở reviews; the UBND tỉnh reviews the Sở. The Sở files its own report before the deadline.
        await _factory.CreateUserAsync("so.tayninh@test.vn", Roles.ProvinceReviewer, "80/2025:so-gddt");
        await _factory.CreateUserAsync("ubnd.tayninh@test.vn", Roles.ProvinceReviewer, "80/2025:ubnd");
        SetDay(2026, 12, 8); // sessions are signed in on the day they are used: a jump of a year ends them
        var so = await _factory.SignedInAsync("so.tayninh@test.vn");
        var ubnd = await _factory.SignedInAsync("ubnd.tayninh@test.vn");
        var own = reports.Single(r => r.Agency!.Key == "80/2025:so-gddt").Id;
        var form = await ReportForm.ReadAsync(so, own);
        foreach (var field in form.Keys.Where(k => k.StartsWith("Narratives[", StringComparison.Ordinal) && k.EndsWith("].Text", StringComparison.Ordinal)).ToList())
        {
            form[field] = "Sở tổng hợp kết quả năm 2026 của các xã, phường.";
        }

        Assert.Equal(HttpStatusCode.Redirect, (await ReportForm.PostAsync(so, own, form, "submit")).StatusCode);

        // A commune excused (reason required, audited); an agency that appeared after the period opened is added.
        var periodUrl = $"/Plans/{planId}/Periods/{period.Id}";
        var excused = reports.Where(r => r.Agency!.Kind == AgencyKind.PeoplesCommittee).OrderBy(r => r.Id).First();
        var noReason = await so.PostFormAsync(periodUrl, periodUrl + "/Reporters/Excuse", new() { ["Excuse.ReportId"] = excused.Id.ToString(CultureInfo.InvariantCulture), ["Excuse.Reason"] = " " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("Vui lòng ghi lý do miễn nộp.", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var tooLong = await so.PostFormAsync(periodUrl, periodUrl + "/Reporters/Excuse", new() { ["Excuse.ReportId"] = excused.Id.ToString(CultureInfo.InvariantCulture), ["Excuse.Reason"] = new string('x', 501) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains(new string('x', 501), await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal); // what was typed is kept
        const string reason = "Xã thí điểm mô hình mới, được UBND tỉnh cho phép không báo cáo năm 2026.";
        Assert.Equal(HttpStatusCode.Redirect, (await so.PostFormAsync(periodUrl, periodUrl + "/Reporters/Excuse", new() { ["Excuse.ReportId"] = excused.Id.ToString(CultureInfo.InvariantCulture), ["Excuse.Reason"] = reason })).StatusCode);
        Assert.Contains(reason, await _factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "report.excuse" && a.EntityId == excused.Id.ToString(CultureInfo.InvariantCulture)).Select(a => a.Details!).SingleAsync()), StringComparison.Ordinal);

        var added = await _factory.WithDbAsync(async db =>
        {
            var province = await db.Agencies.Where(a => a.Key == "80/2025:so-gddt").Select(a => a.UnitId).SingleAsync();
            var agency = new Agency { Key = "80/2025:hoi-khuyen-hoc", Name = "Hội Khuyến học tỉnh Tây Ninh", Kind = AgencyKind.Association, UnitId = province, ValidFrom = new DateOnly(2026, 3, 1) };
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
            return agency.Id;
        });
        var missing = await so.PostFormAsync(periodUrl, periodUrl + "/Reporters/Add", new() { ["Add.AgencyId"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await so.PostFormAsync(periodUrl, periodUrl + "/Reporters/Add", new() { ["Add.AgencyId"] = added.ToString(CultureInfo.InvariantCulture) })).StatusCode);
        var twice = await so.PostFormAsync(periodUrl, periodUrl + "/Reporters/Add", new() { ["Add.AgencyId"] = added.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "period.reporter.add" && a.EntityId == period.Id.ToString(CultureInfo.InvariantCulture))));
        var page = await so.GetStringAsync(periodUrl);
        Assert.Contains("Hội Khuyến học tỉnh Tây Ninh", page, StringComparison.Ordinal);
        Assert.Contains("Miễn nộp", page, StringComparison.Ordinal);
        Assert.Contains($"Đã nộp 1/{official + 1} báo cáo phải nộp", page, StringComparison.Ordinal); // 96 + Sở + Hội − the excused

        // The communes never report: the UBND tỉnh cannot approve the Sở's report while they are open.
        var refused = await ubnd.PostFormAsync($"/Reports/Edit/{own}", $"/Reports/Review/{own}", new() { ["decision"] = "Approve" });
        Assert.Contains($"còn {official} báo cáo", await ubnd.GetStringAsync($"/Reports/Edit/{own}"), StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Submitted, await _factory.WithDbAsync(db => db.Reports.Where(r => r.Id == own).Select(r => r.Status).SingleAsync()));

        // Grace: open on 9/1/2027 (deadline + 30 days), closed by the calendar on 10/1/2027.
        SetDay(2027, 1, 9);
        await RunCalendarAsync();
        Assert.False(await _factory.WithDbAsync(db => db.ReportingPeriods.Where(p => p.Id == period.Id).Select(p => p.IsClosed).SingleAsync()));
        SetDay(2027, 1, 10);
        await Task.WhenAll(RunCalendarAsync(), RunCalendarAsync());
        var closed = await _factory.WithDbAsync(db => db.ReportingPeriods.AsNoTracking().SingleAsync(p => p.Id == period.Id));
        Assert.True(closed.IsClosed);
        Assert.NotNull(closed.ClosedAt);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "period.close" && a.EntityId == period.Id.ToString(CultureInfo.InvariantCulture) && a.UserName == "Hệ thống")));
        var after = await ReportsAsync(planId, "Năm 2026");
        Assert.Equal(official - 1 + 1, after.Count(r => r.Status == ReportStatus.NotSubmitted)); // the communes but the excused one, and the Hội
        Assert.Equal(ReportStatus.Excused, after.Single(r => r.Id == excused.Id).Status);

        // Now the UBND tỉnh approves above them; approving twice is harmless.
        so = await _factory.SignedInAsync("so.tayninh@test.vn");
        ubnd = await _factory.SignedInAsync("ubnd.tayninh@test.vn");
        Assert.Equal(HttpStatusCode.Redirect, (await ubnd.PostFormAsync($"/Reports/Edit/{own}", $"/Reports/Review/{own}", new() { ["decision"] = "Approve" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ubnd.PostFormAsync($"/Reports/Edit/{own}", $"/Reports/Review/{own}", new() { ["decision"] = "Approve" })).StatusCode);
        Assert.Equal(ReportStatus.Approved, await _factory.WithDbAsync(db => db.Reports.Where(r => r.Id == own).Select(r => r.Status).SingleAsync()));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.ReportEvents.CountAsync(e => e.ReportId == own && e.Action == ReportAction.Approved)));
        Assert.Equal(HttpStatusCode.Found, refused.StatusCode);

        // Closing by hand a closed period changes nothing.
        var periods = $"/Plans/{planId}/Periods";
        await so.PostFormAsync(periods, $"{periods}/{period.Id}/Close", []);
        Assert.Contains("đã được khóa sổ trước đó", await so.GetStringAsync(periods), StringComparison.Ordinal);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "period.close" && a.EntityId == period.Id.ToString(CultureInfo.InvariantCulture))));

        // The 2027 period opened on 15/12/2026 on its own.
        Assert.Equal(official + 1, (await ReportsAsync(planId, "Năm 2027")).Count);

        // The Sở's chase list says who did not report, and who was excused.
        var dashboard = await so.GetStringAsync($"/Dashboard?periodId={period.Id}");
        Assert.Contains("Không nộp", dashboard, StringComparison.Ordinal);
        Assert.Contains("Miễn nộp", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_7_December_2026_the_demo_2024_periods_are_closed_and_their_unsubmitted_reports_become_not_submitted()
    {
        _factory.CreatePortalClient();
        var open = await _factory.WithDbAsync(db => db.ReportingPeriods.Where(p => p.Name == "Năm 2024" && !p.IsClosed)
            .Select(p => new { p.Id, Unsubmitted = p.Reports.Count(r => r.Status == ReportStatus.Draft || r.Status == ReportStatus.Returned) }).ToListAsync());
        Assert.NotEmpty(open);
        Assert.Contains(open, p => p.Unsubmitted > 0);

        SetDay(2026, 12, 7);
        var run = await RunCalendarAsync();
        Assert.True(run.Closed >= open.Count);
        foreach (var p in open)
        {
            var (closed, notSubmitted, stillOpen) = await _factory.WithDbAsync(async db => (
                await db.ReportingPeriods.Where(x => x.Id == p.Id).Select(x => x.IsClosed).SingleAsync(),
                await db.Reports.CountAsync(r => r.PeriodId == p.Id && r.Status == ReportStatus.NotSubmitted),
                await db.Reports.CountAsync(r => r.PeriodId == p.Id && (r.Status == ReportStatus.Draft || r.Status == ReportStatus.Returned))));
            Assert.True(closed);
            Assert.Equal(p.Unsubmitted, notSubmitted);
            Assert.Equal(0, stillOpen);
        }

        Assert.Equal(0, (await RunCalendarAsync()).Closed); // a second run finds nothing to do
        Assert.Equal(open.Count, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "period.close" && a.UserName == "Hệ thống")));
    }
}
