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

    [Fact]
    public void Only_a_report_not_received_is_excused_and_only_with_a_reason_of_at_most_500_characters()
    {
        var now = Utc("2026-12-08T02:00:00Z");
        var report = new Report { Status = ReportStatus.Draft };
        Assert.Equal("Vui lòng ghi lý do miễn nộp.", ReportWorkflow.Excuse(report, Period, "  ", now, "Sở"));
        Assert.NotNull(ReportWorkflow.Excuse(report, Period, new string('x', 501), now, "Sở"));
        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Null(ReportWorkflow.Excuse(report, Period, " Xã sáp nhập ", now, "Sở"));
        Assert.Equal((ReportStatus.Excused, "Xã sáp nhập", "Sở", now), (report.Status, report.ExcuseReason, report.ExcusedBy, report.ExcusedAt));
        Assert.True(report.IsSettled);
        Assert.NotNull(ReportWorkflow.CanEdit(report, Period));

        var submitted = new Report { Status = ReportStatus.Submitted };
        Assert.Equal("Chỉ miễn nộp được báo cáo chưa nộp.", ReportWorkflow.Excuse(submitted, Period, "lý do", now, "Sở"));
        var closed = new ReportingPeriod { Name = "Năm 2024", IsClosed = true };
        Assert.NotNull(ReportWorkflow.Excuse(new Report(), closed, "lý do", now, "Sở"));
    }

    [Fact]
    public void Settled_children_do_not_block_the_approval_above_them()
    {
        var parent = new Report { Status = ReportStatus.Submitted };
        Assert.Equal("Chưa thể duyệt: còn 2 báo cáo của đơn vị cấp dưới chưa được duyệt.", ReportWorkflow.Approve(parent, 2, Utc("2027-01-10T02:00:00Z"), "UBND"));
        Assert.Null(ReportWorkflow.Approve(parent, 0, Utc("2027-01-10T02:00:00Z"), "UBND"));
        Assert.True(new Report { Status = ReportStatus.NotSubmitted }.IsSettled);
        Assert.False(new Report { Status = ReportStatus.Returned }.IsSettled);
    }
}
