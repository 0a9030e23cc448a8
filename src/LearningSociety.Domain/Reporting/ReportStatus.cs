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
}
