using LearningSociety.Domain.Reporting;

namespace LearningSociety.UnitTests.Reporting;

public sealed class ReportWorkflowTests
{
    private static readonly ReportingPeriod Period = new() { Name = "Năm 2024", Deadline = new DateOnly(2024, 12, 10) };

    private static DateTimeOffset Utc(string s) => DateTimeOffset.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2024-12-10T16:59:59Z", false)]
    [InlineData("2024-12-10T17:00:00Z", true)]
    [InlineData("2024-12-09T23:00:00+07:00", false)]
    [InlineData("2024-12-11T00:00:00+07:00", true)]
    public void Late_is_after_the_end_of_the_deadline_day_in_Vietnam(string at, bool late) =>
        Assert.Equal(late, ReportWorkflow.IsLate(Utc(at), new DateOnly(2024, 12, 10)));

    [Fact]
    public void A_late_report_is_accepted_and_flagged()
    {
        var report = new Report();
        Assert.Null(ReportWorkflow.Submit(report, Period, Utc("2024-12-20T03:00:00Z"), Guid.NewGuid()));
        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.True(report.IsLate);
    }

    [Fact]
    public void The_cycle_draft_submit_return_submit_approve_reopen()
    {
        var report = new Report();
        Assert.Null(ReportWorkflow.Submit(report, Period, Utc("2024-12-01T03:00:00Z"), Guid.NewGuid()));
        Assert.NotNull(ReportWorkflow.CanEdit(report, Period)); // submitted is locked
        Assert.NotNull(ReportWorkflow.Return(report, "  ")); // a return needs a comment
        Assert.Null(ReportWorkflow.Return(report, "Bổ sung số liệu"));
        Assert.Equal(ReportStatus.Returned, report.Status);
        Assert.Null(ReportWorkflow.CanEdit(report, Period));
        Assert.Null(ReportWorkflow.Submit(report, Period, Utc("2024-12-02T03:00:00Z"), Guid.NewGuid()));
        Assert.Null(report.ReviewComment);
        Assert.Null(ReportWorkflow.Approve(report, 0, Utc("2024-12-03T03:00:00Z"), "Phòng GD&ĐT"));
        Assert.NotNull(ReportWorkflow.CanEdit(report, Period));
        Assert.NotNull(ReportWorkflow.Reopen(report, ""));
        Assert.Null(ReportWorkflow.Reopen(report, "Sai số liệu"));
        Assert.Equal(ReportStatus.Returned, report.Status);
        Assert.Null(report.ApprovedAt);
    }

    [Fact]
    public void A_consolidated_report_waits_for_its_children()
    {
        var report = new Report { Status = ReportStatus.Submitted };
        Assert.Contains("còn 2 báo cáo", ReportWorkflow.Approve(report, 2, Utc("2024-12-03T03:00:00Z"), "Sở"), StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Submitted, report.Status);
    }

    [Fact]
    public void Nothing_is_edited_in_a_closed_period()
    {
        var closed = new ReportingPeriod { Name = "Năm 2023", IsClosed = true };
        Assert.NotNull(ReportWorkflow.Submit(new Report(), closed, Utc("2023-12-01T03:00:00Z"), Guid.NewGuid()));
    }
}
