using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Seeding;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// Each home page is about now (7/12/2026, three days before the 2026 deadline): the demo of the
/// new Tây Ninh in the middle of its cycle, the pre-reform accounts with a notice and their history,
/// no task overdue from a plan that is history, and one count of overdue tasks on a page.
/// </summary>
public sealed partial class TodayOnHomePagesTests(TodayOnHomePagesTests.Portal portal) : IClassFixture<TodayOnHomePagesTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public Task InitializeAsync()
        {
            Factory.CreatePortalClient();
            Factory.Clock.Now = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(7));
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private async Task<string> HomeAsync(string email, string path = "/")
    {
        var client = await portal.Factory.SignedInAsync(email);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex(@"quá hạn \d{3,}")]
    private static partial Regex LongOverdue();

    [GeneratedRegex(@"<div class=""kpi-value[^""]*"">(\d+)</div>\s*<div class=""kpi-label"">Nhiệm vụ quá hạn")]
    private static partial Regex OverdueCard();

    [Fact]
    public async Task The_new_commune_sees_its_returned_2026_report_due_in_three_days_with_its_tasks()
    {
        var page = await HomeAsync("xa.longhuu@hoctap.local");
        Assert.Contains("Năm 2026 · Hạn nộp 10/12/2026", page, StringComparison.Ordinal);
        Assert.Contains("· còn 3 ngày", page, StringComparison.Ordinal);
        Assert.Contains("Bị trả lại", page, StringComparison.Ordinal);
        Assert.Contains("Sửa và nộp lại", page, StringComparison.Ordinal);
        Assert.Contains("đề nghị bổ sung số lớp xóa mù chữ", page, StringComparison.Ordinal);
        Assert.Contains("Số liệu minh họa", page, StringComparison.Ordinal);
        // Its own 2026 report says the task due 31/10 is still in progress: overdue, by the dashboards' rule.
        Assert.Contains("31/10/2026 · quá hạn 37 ngày", page, StringComparison.Ordinal);
        Assert.Contains("Đang thực hiện quá hạn", page, StringComparison.Ordinal);
        Assert.Contains("10/12/2026 · còn 3 ngày", page, StringComparison.Ordinal);
        Assert.DoesNotContain("tài khoản của bạn gắn với", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_ward_sees_its_draft_to_continue()
    {
        var page = await HomeAsync("phuong.longan@hoctap.local");
        Assert.Contains("Năm 2026 · Hạn nộp 10/12/2026", page, StringComparison.Ordinal);
        Assert.Contains("còn 3 ngày", page, StringComparison.Ordinal);
        Assert.Contains("Tiếp tục", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Sửa và nộp lại", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_province_reviewer_sees_this_years_received_against_expected_and_the_chase_list()
    {
        var page = await HomeAsync("so.gddt.tayninh@hoctap.local");
        var expected = await OfficialCommuneCountAsync();
        Assert.Equal(96, expected);
        var counts = await portal.Factory.WithDbAsync(db => db.Reports.Where(r => r.Period!.Plan!.SourceFile == DemoReports.SamplePlanFile)
            .GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        var received = counts.Where(c => c.Key is ReportStatus.Submitted or ReportStatus.Approved).Sum(c => c.Count);
        Assert.Equal(expected, counts.Sum(c => c.Count));
        Assert.All(new[] { ReportStatus.Approved, ReportStatus.Submitted, ReportStatus.Returned, ReportStatus.Draft }, s => Assert.Contains(counts, c => c.Key == s));

        Assert.Contains("Kỳ báo cáo hiện tại: Năm 2026", page, StringComparison.Ordinal);
        Assert.Contains("Hạn nộp 10/12/2026 · ", page, StringComparison.Ordinal);
        Assert.Contains("còn 3 ngày", page, StringComparison.Ordinal);
        Assert.Contains($">{received}/{expected}</div>", page, StringComparison.Ordinal);
        Assert.Contains("Danh sách đơn vị chưa nộp", page, StringComparison.Ordinal);
        Assert.Contains("#chua-nop", page, StringComparison.Ordinal);
        Assert.Contains("Số liệu minh họa", page, StringComparison.Ordinal);
        Assert.DoesNotMatch(LongOverdue(), page);
    }

    [Fact]
    public async Task The_new_leader_sees_this_year_beside_last_year()
    {
        var page = await HomeAsync("lanhdao.tayninh@hoctap.local");
        Assert.Contains("Tình hình thực hiện năm 2026", page, StringComparison.Ordinal);
        Assert.Contains("So với năm trước", page, StringComparison.Ordinal);
        Assert.Contains("Năm 2025", page, StringComparison.Ordinal);
        Assert.Contains("Tải", page, StringComparison.Ordinal);
        Assert.DoesNotMatch(LongOverdue(), page);
    }

    [Theory]
    [InlineData("phong.gddt.canduoc@hoctap.local", "Phòng Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo tỉnh Tây Ninh")]
    [InlineData("so.gddt@hoctap.local", "Sở Giáo dục và Đào tạo tỉnh Long An", "Sở Giáo dục và Đào tạo tỉnh Tây Ninh")]
    [InlineData("mttq.canduoc@hoctap.local", "huyện Cần Đước", null)]
    public async Task An_account_of_an_ended_body_sees_a_notice_on_every_page_and_keeps_its_history(string email, string body, string? successor)
    {
        foreach (var path in new[] { "/", "/Reports", "/Plans" })
        {
            var page = await HomeAsync(email, path);
            Assert.Contains("Tài khoản của bạn gắn với", page, StringComparison.Ordinal);
            Assert.Contains(body, page, StringComparison.Ordinal);
            Assert.Contains("đến hết ngày 30/06/2025", page, StringComparison.Ordinal);
            Assert.Contains("quản trị viên", page, StringComparison.Ordinal);
            if (successor is not null)
            {
                Assert.Contains("cơ quan kế nhiệm: <strong>" + successor, page, StringComparison.Ordinal);
            }
        }

        var home = await HomeAsync(email);
        Assert.DoesNotMatch(LongOverdue(), home);
        Assert.DoesNotContain("còn 3 ngày", home, StringComparison.Ordinal);
        // The 2024 reports stay reachable.
        var reports = await HomeAsync(email, "/Reports");
        Assert.Contains("Năm 2024", reports, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_old_commune_is_not_shown_a_2026_deadline_it_has_no_report_for()
    {
        portal.Factory.Clock.Now = new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.FromHours(7));
        try
        {
            var page = await HomeAsync("xa.longhuudong@hoctap.local");
            Assert.DoesNotContain("10/12/2026", page, StringComparison.Ordinal);
            Assert.DoesNotContain("quá hạn", page, StringComparison.Ordinal);
            Assert.Contains("Các kỳ trước", page, StringComparison.Ordinal);
            Assert.Contains("Năm 2024", page, StringComparison.Ordinal);
            Assert.Contains("đã kết thúc hoặc đã được thay thế", page, StringComparison.Ordinal);
        }
        finally
        {
            portal.Factory.Clock.Now = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(7));
        }
    }

    [Fact]
    public async Task The_overdue_card_counts_the_rows_the_list_marks_overdue()
    {
        var page = await HomeAsync("so.gddt.tayninh@hoctap.local");
        var card = int.Parse(OverdueCard().Match(page).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var list = page[page.IndexOf("id=\"nhiem-vu-cua-toi\"", StringComparison.Ordinal)..];
        var rows = Regex.Count(list, ">Đang thực hiện quá hạn<");
        Assert.Equal(rows, card);
        // The Sở cooperates on the task due 31/10/2026 and nobody has reported it done for the Sở.
        Assert.Equal(1, card);
        Assert.Contains("31/10/2026 · quá hạn 37 ngày", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_task_is_overdue_from_a_completed_plan()
    {
        var id = await portal.Factory.WithDbAsync(db => db.Plans.Where(p => p.SourceFile == DemoReports.SamplePlanFile).Select(p => p.Id).SingleAsync());
        await SetStatusAsync(id, PlanStatus.Completed);
        try
        {
            var page = await HomeAsync("so.gddt.tayninh@hoctap.local");
            var list = page[page.IndexOf("id=\"nhiem-vu-cua-toi\"", StringComparison.Ordinal)..];
            Assert.DoesNotContain("quá hạn", list, StringComparison.Ordinal);
            Assert.Equal("0", OverdueCard().Match(page).Groups[1].Value);
            Assert.Contains("đã kết thúc hoặc đã được thay thế", list, StringComparison.Ordinal);

            // The Sở of old Long An: the completed 2020 review plan and the plans of abolished issuers are history too.
            var old = await HomeAsync("so.gddt@hoctap.local");
            Assert.DoesNotContain("quá hạn", old[old.IndexOf("id=\"nhiem-vu-cua-toi\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
        }
        finally
        {
            await SetStatusAsync(id, PlanStatus.Active);
        }
    }

    [Fact]
    public async Task The_sample_plan_says_it_is_a_sample_and_the_seed_plans_are_untouched()
    {
        var plans = await portal.Factory.WithDbAsync(db => db.Plans.Select(p => new { p.Id, p.Title, p.SourceFile }).ToListAsync());
        var sample = Assert.Single(plans, p => p.SourceFile == DemoReports.SamplePlanFile);
        Assert.StartsWith("Kế hoạch mẫu", sample.Title, StringComparison.Ordinal);
        Assert.Equal(6, plans.Count);
        var page = await HomeAsync("so.gddt.tayninh@hoctap.local", "/Plans/Details/" + sample.Id);
        Assert.Contains("Số liệu minh họa", page, StringComparison.Ordinal);
    }

    private Task SetStatusAsync(int planId, PlanStatus status) =>
        portal.Factory.WithDbAsync(db => db.Plans.Where(p => p.Id == planId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, status)));

    private static async Task<int> OfficialCommuneCountAsync()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "seeds", "admin-units", "2025-07-01-three-provinces-after-merger.json");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        return json.RootElement.GetProperty("data").EnumerateArray().Single(p => p.GetProperty("level1_id").GetString() == "80").GetProperty("level2s").GetArrayLength();
    }
}
