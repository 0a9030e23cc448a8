namespace LearningSociety.Domain.Rollup;

/// <summary>Where a unit's report stands in the review chain (a parent approves or returns each child's report).</summary>
public enum ReportStatus
{
    Draft,
    Submitted,
    Returned,
    Approved,
    /// <summary>Miễn nộp: not expected any more.</summary>
    Excused,
    /// <summary>Không nộp: the period was closed before it came; expected, never received.</summary>
    NotSubmitted,
}
