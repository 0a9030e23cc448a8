using LearningSociety.Domain.Deadlines;

namespace LearningSociety.Domain.Reporting;

/// <summary>
/// The review cycle, as DHIS2 runs it: draft → submitted → approved (locked), or → returned with a
/// comment → submitted again; only the reviewer reopens an approved report, with a reason.
/// Each method checks the step is allowed and returns a Vietnamese reason when it is not.
/// </summary>
public static class ReportWorkflow
{
    public static string? CanEdit(Report report, ReportingPeriod period) =>
        period.IsClosed ? "Kỳ báo cáo đã khóa sổ, không thể sửa báo cáo."
        : report.Status switch
        {
            ReportStatus.Submitted => "Báo cáo đã nộp, đang chờ duyệt: không thể sửa. Nếu cần sửa, đề nghị cơ quan duyệt trả lại.",
            ReportStatus.Approved => "Báo cáo đã được duyệt và khóa.",
            ReportStatus.Excused => "Đơn vị đã được miễn nộp báo cáo kỳ này.",
            ReportStatus.NotSubmitted => "Kỳ báo cáo đã khóa sổ; báo cáo được ghi nhận là không nộp.",
            ReportStatus.Draft or ReportStatus.Returned => null,
        };

    /// <summary>A late report is accepted and flagged, never refused.</summary>
    public static string? Submit(Report report, ReportingPeriod period, DateTimeOffset now, Guid submissionId)
    {
        if (CanEdit(report, period) is { } reason)
        {
            return reason;
        }

        report.Status = ReportStatus.Submitted;
        report.SubmittedAt = now;
        report.IsLate = IsLate(now, period.Deadline);
        report.LastSubmissionId = submissionId;
        report.ReviewComment = null;
        return null;
    }

    public static string? Return(Report report, string? comment)
    {
        if (report.Status != ReportStatus.Submitted)
        {
            return "Chỉ trả lại được báo cáo đã nộp và chưa duyệt.";
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return "Vui lòng ghi lý do trả lại để đơn vị biết cần sửa gì.";
        }

        report.Status = ReportStatus.Returned;
        report.ReviewComment = comment.Trim();
        return null;
    }

    /// <summary>
    /// A consolidating unit's report waits until every report it consolidates is settled (approved,
    /// excused, or closed as not submitted: see <see cref="Report.IsSettled"/>).
    /// </summary>
    public static string? Approve(Report report, int childrenNotSettled, DateTimeOffset now, string reviewer)
    {
        if (report.Status != ReportStatus.Submitted)
        {
            return "Chỉ duyệt được báo cáo đã nộp.";
        }

        if (childrenNotSettled > 0)
        {
            return $"Chưa thể duyệt: còn {childrenNotSettled} báo cáo của đơn vị cấp dưới chưa được duyệt.";
        }

        report.Status = ReportStatus.Approved;
        report.ApprovedAt = now;
        report.ApprovedBy = reviewer;
        return null;
    }

    /// <summary>Miễn nộp: only a report not yet received, only with a reason (at most 500 characters).</summary>
    public static string? Excuse(Report report, ReportingPeriod period, string? reason, DateTimeOffset now, string reviewer)
    {
        if (period.IsClosed)
        {
            return "Kỳ báo cáo đã khóa sổ, không thể miễn nộp.";
        }

        if (report.Status is not (ReportStatus.Draft or ReportStatus.Returned))
        {
            return "Chỉ miễn nộp được báo cáo chưa nộp.";
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return "Vui lòng ghi lý do miễn nộp.";
        }

        if (reason.Trim().Length > MaxExcuseReason)
        {
            return $"Lý do miễn nộp tối đa {MaxExcuseReason} ký tự.";
        }

        report.Status = ReportStatus.Excused;
        report.ExcuseReason = reason.Trim();
        report.ExcusedBy = reviewer;
        report.ExcusedAt = now;
        return null;
    }

    public const int MaxExcuseReason = 500;

    public static string? Reopen(Report report, string? reason)
    {
        if (report.Status != ReportStatus.Approved)
        {
            return "Chỉ mở lại được báo cáo đã duyệt.";
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return "Vui lòng ghi lý do mở lại báo cáo.";
        }

        report.Status = ReportStatus.Returned;
        report.ApprovedAt = null;
        report.ApprovedBy = null;
        report.ReviewComment = reason.Trim();
        return null;
    }

    /// <summary>Late means after the end of the deadline day in Vietnam (UTC+7).</summary>
    public static bool IsLate(DateTimeOffset submittedAt, DateOnly deadline) =>
        DateOnly.FromDateTime(VietnamTime.ToVietnam(submittedAt).DateTime) > deadline;
}
