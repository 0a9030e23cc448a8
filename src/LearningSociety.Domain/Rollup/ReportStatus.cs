namespace LearningSociety.Domain.Rollup;

/// <summary>Where a unit's report stands in the review chain (a parent approves or returns each child's report).</summary>
public enum ReportStatus
{
    Draft,
    Submitted,
    Returned,
    Approved,
}
