using System.Globalization;
using System.Net;
using LearningSociety.Domain.Reporting;
using LearningSociety.IntegrationTests.Infrastructure;
using LearningSociety.Web.Features.Consolidated;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// Consolidated figures are computed from the reports on every request: a commune submits over
/// HTTP, and the province's total counts it at the next request (plan …/KH-BCĐ, deadline 10/12/2024).
/// </summary>
public sealed class ConsolidatedFiguresAreLiveTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<HttpResponseMessage> SubmitAsync(HttpClient commune, int reportId, decimal numerator, decimal denominator)
    {
        var form = await ReportForm.ReadAsync(commune, reportId);
        form[ReportForm.FirstNarrative(form)] = "Kết quả năm 2024 của xã.";
        var t2 = await _factory.TargetFieldAsync(form, "KH-BCĐ", "T2");
        form[t2 + ".Numerator"] = numerator.ToString(CultureInfo.InvariantCulture);
        form[t2 + ".Denominator"] = denominator.ToString(CultureInfo.InvariantCulture);
        return await ReportForm.PostAsync(commune, reportId, form, "submit");
    }

    [Fact]
    public async Task A_commune_submission_shows_in_the_province_total_at_once()
    {
        _factory.CreatePortalClient();
        var (reportId, commune) = await _factory.FreshCommuneAsync("xa.moi@test.vn");
        var province = await _factory.SignedInAsync("so.gddt@hoctap.local");
        var period = await _factory.PeriodIdAsync("KH-BCĐ");
        var longAn = await _factory.UnitIdAsync(Consolidations.LongAn);

        var before = await province.ApiAsync(period, longAn);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(commune, reportId, 412, 1030)).StatusCode);
        var after = await province.ApiAsync(period, longAn);

        Assert.Equal(before.Int("expected"), after.Int("expected"));
        Assert.Equal(before.Int("received") + 1, after.Int("received"));
        Assert.Equal(before.Int("onTime") + 1, after.Int("onTime")); // 05/12/2024, before the deadline
        var t2Before = before.Target("T2");
        var t2After = after.Target("T2");
        Assert.Equal(t2Before.GetProperty("numerator").GetDecimal() + 412, t2After.GetProperty("numerator").GetDecimal());
        Assert.Equal(t2Before.GetProperty("denominator").GetDecimal() + 1030, t2After.GetProperty("denominator").GetDecimal());
        Assert.Equal(t2Before.Int("missing") - 1, t2After.Int("missing"));

        // The page says the same thing: the new completeness, and the commune's own row with its figure.
        var page = await province.GetStringAsync(Consolidations.Url("/Consolidated", period, await _factory.UnitIdAsync(Consolidations.CanDuoc)));
        Assert.Contains(FigureText.Percent(after.Int("received") * 100m / after.Int("expected")), page, StringComparison.Ordinal);
        Assert.Contains("412/1.030 (40,0%)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_approved_only_switch_counts_approved_reports_and_an_approval_shows_at_once()
    {
        _factory.CreatePortalClient();
        var district = await _factory.SignedInAsync("phong.gddt.canduoc@hoctap.local");
        var period = await _factory.PeriodIdAsync("KH-BCĐ");
        var canDuoc = await _factory.UnitIdAsync(Consolidations.CanDuoc);
        var submitted = await _factory.WithDbAsync(db => db.Reports.Where(r => r.PeriodId == period && r.Status == ReportStatus.Submitted)
            .Select(r => r.Id).OrderBy(id => id).ToListAsync());
        Assert.NotEmpty(submitted);

        var all = await district.ApiAsync(period, canDuoc, approvedOnly: false);
        var approved = await district.ApiAsync(period, canDuoc, approvedOnly: true);
        Assert.Equal(all.Int("expected"), approved.Int("expected"));
        Assert.Equal(all.Int("received") - submitted.Count, approved.Int("received"));
        Assert.True(approved.GetProperty("approvedOnly").GetBoolean());

        var review = await district.PostFormAsync($"/Reports/Edit/{submitted[0]}", $"/Reports/Review/{submitted[0]}", new() { ["decision"] = "Approve" });
        Assert.Equal(HttpStatusCode.Redirect, review.StatusCode);
        Assert.Equal(approved.Int("received") + 1, (await district.ApiAsync(period, canDuoc, approvedOnly: true)).Int("received"));
        Assert.Equal(all.Int("received"), (await district.ApiAsync(period, canDuoc, approvedOnly: false)).Int("received"));

        var page = await district.GetStringAsync(Consolidations.Url("/Consolidated", period, canDuoc, approvedOnly: true));
        Assert.Contains("Chỉ tính số liệu đã duyệt", page, StringComparison.Ordinal);
        Assert.Contains("đã nộp, chờ duyệt", page, StringComparison.Ordinal); // the one still submitted is not counted
    }

    [Theory]
    [InlineData("2024-12-10T16:59:59Z", true)] // 23:59:59 on 10/12 in Vietnam: on time
    [InlineData("2024-12-10T17:00:00Z", false)] // 00:00 on 11/12 in Vietnam: late
    public async Task Timeliness_counts_a_report_on_time_until_the_end_of_the_deadline_day_in_Vietnam(string at, bool onTime)
    {
        _factory.CreatePortalClient();
        _factory.Clock.Now = DateTimeOffset.Parse(at, CultureInfo.InvariantCulture);
        var (reportId, commune) = await _factory.FreshCommuneAsync("xa.hanchot@test.vn");
        var district = await _factory.SignedInAsync("phong.gddt.canduoc@hoctap.local");
        var period = await _factory.PeriodIdAsync("KH-BCĐ");
        var canDuoc = await _factory.UnitIdAsync(Consolidations.CanDuoc);

        var before = await district.ApiAsync(period, canDuoc);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(commune, reportId, 10, 20)).StatusCode);
        var after = await district.ApiAsync(period, canDuoc);

        Assert.Equal(before.Int("received") + 1, after.Int("received"));
        Assert.Equal(before.Int("onTime") + (onTime ? 1 : 0), after.Int("onTime"));
        var expected = after.Int("expected");
        Assert.Equal(Math.Round(after.Int("onTime") * 100m / expected, 2, MidpointRounding.AwayFromZero), after.GetProperty("timeliness").GetDecimal());
        Assert.Equal(Math.Round(after.Int("received") * 100m / expected, 2, MidpointRounding.AwayFromZero), after.GetProperty("completeness").GetDecimal());
    }

    [Fact]
    public async Task A_task_reported_in_progress_after_its_due_date_shows_as_overdue_for_its_agency()
    {
        _factory.CreatePortalClient();
        _factory.Clock.Now = new DateTimeOffset(2024, 12, 15, 2, 0, 0, TimeSpan.Zero); // task due 10/12/2024
        var (reportId, commune) = await _factory.FreshCommuneAsync("xa.quahan@test.vn");
        var form = await ReportForm.ReadAsync(commune, reportId);
        form[ReportForm.FirstNarrative(form)] = "Đang triển khai.";
        form["Tasks[0].Progress"] = "InProgress";
        form["Tasks[0].Percent"] = "60";
        Assert.Equal(HttpStatusCode.Redirect, (await ReportForm.PostAsync(commune, reportId, form, "submit")).StatusCode);
        var agency = await _factory.WithDbAsync(db => db.Reports.Where(r => r.Id == reportId).Select(r => r.Agency!.Name).SingleAsync());

        var province = await _factory.SignedInAsync("so.gddt@hoctap.local");
        var dashboard = await province.GetStringAsync("/Dashboard");
        var overdue = dashboard[dashboard.IndexOf("Nhiệm vụ quá hạn theo cơ quan", StringComparison.Ordinal)..];
        Assert.Contains(agency, overdue[..overdue.IndexOf("</table>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("1 quá hạn", overdue, StringComparison.Ordinal);

        var page = await province.GetStringAsync(Consolidations.Url("/Consolidated", await _factory.PeriodIdAsync("KH-BCĐ"), await _factory.UnitIdAsync(Consolidations.CanDuoc)));
        Assert.Contains("Nhiệm vụ theo tình trạng", page, StringComparison.Ordinal);
        Assert.Contains("text-danger fw-semibold\">1</td>", page, StringComparison.Ordinal); // one reporter overdue on that task
    }
}
