using LearningSociety.Domain.Reporting;

namespace LearningSociety.Web.Features.Reports;

/// <param name="Earlier">Own reports of periods that are history (<see cref="ReportingNow"/>); filled only by <see cref="Now"/>.</param>
public sealed record MyReportsModel(
    DateOnly Today,
    string? Agency,
    IReadOnlyList<MyReportsModel.Row> Own,
    IReadOnlyList<MyReportsModel.Row> ToReview,
    IReadOnlyList<MyReportsModel.Row> NotReceived,
    IReadOnlyList<MyReportsModel.Row>? Earlier = null)
{
    /// <summary>The first screen's view: only what is due now; the user's own older reports set apart as history.</summary>
    public MyReportsModel Now() => this with
    {
        Own = [.. Own.Where(IsCurrent)],
        ToReview = [.. ToReview.Where(IsCurrent)],
        NotReceived = [.. NotReceived.Where(IsCurrent)],
        Earlier = [.. Own.Where(r => !IsCurrent(r)).OrderByDescending(r => r.Deadline)],
    };

    public bool IsCurrent(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return ReportingNow.IsCurrent(row.Year, row.Deadline, Today);
    }

    public sealed record Row(
        int Id,
        int AgencyId,
        int ReviewerAgencyId,
        int PlanId,
        string Plan,
        string Period,
        int Year,
        string Agency,
        string Unit,
        string? Contact,
        DateOnly Deadline,
        ReportStatus Status,
        bool IsLate,
        DateTimeOffset? SubmittedAt,
        DateTimeOffset? LastSavedAt,
        string? ReviewComment,
        bool PeriodClosed);
}
