namespace LearningSociety.Web.Features.Api;

/// <summary>Where one reporter's report of a period stands.</summary>
/// <param name="Status">Draft, Submitted, Returned, Approved, Excused or NotSubmitted.</param>
/// <param name="SubmittedBy">Who submitted it last; null when it was never submitted.</param>
/// <param name="Late">Submitted after the deadline, or still not submitted once the deadline has passed (excused reports are never late).</param>
public sealed record ApiReportStatus(
    int ReportId, int UnitId, string Unit, int AgencyId, string Agency, string Status,
    DateTimeOffset? SubmittedAt, string? SubmittedBy, bool Late, DateTimeOffset? ApprovedAt);
