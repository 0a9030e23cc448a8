using LearningSociety.Domain.Reporting;

namespace LearningSociety.Web.Features.Reports;

public sealed record MyReportsModel(
    DateOnly Today,
    string? Agency,
    IReadOnlyList<MyReportsModel.Row> Own,
    IReadOnlyList<MyReportsModel.Row> ToReview,
    IReadOnlyList<MyReportsModel.Row> NotReceived)
{
    public sealed record Row(
        int Id,
        int AgencyId,
        int ReviewerAgencyId,
        int PlanId,
        string Plan,
        string Period,
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
