namespace LearningSociety.Domain.Reporting;

public enum ReportStatus
{
    /// <summary>Nháp (also a report nobody has opened yet).</summary>
    Draft,
    /// <summary>Đã nộp.</summary>
    Submitted,
    /// <summary>Bị trả lại.</summary>
    Returned,
    /// <summary>Đã duyệt: locked.</summary>
    Approved,
    /// <summary>Miễn nộp: a reviewer excused the reporter, with a reason; not expected any more.</summary>
    Excused,
    /// <summary>Không nộp: never submitted when the period was closed (khóa sổ).</summary>
    NotSubmitted,
}
