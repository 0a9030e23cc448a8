using LearningSociety.Domain.Reporting;
using LearningSociety.Web.Features.PlanEditor;

namespace LearningSociety.Web.Features.Periods;

/// <summary>The reporters of one period, with the forms that add one or excuse one.</summary>
public sealed class PeriodReportersModel
{
    public required int PlanId { get; init; }
    public required string Plan { get; init; }
    public required int PeriodId { get; init; }
    public required string PeriodName { get; init; }
    public required DateOnly Deadline { get; init; }
    public required bool IsClosed { get; init; }
    public required IReadOnlyList<Row> Reports { get; init; }
    /// <summary>Agencies valid today, in the plan's area, not yet reporting in this period.</summary>
    public required IReadOnlyList<EditorOption> Candidates { get; init; }
    public AddReporterInput Add { get; set; } = new();
    public ExcuseInput Excuse { get; set; } = new();

    public int Expected => Reports.Count(r => r.Status != ReportStatus.Excused);

    public int Received => Reports.Count(r => r.Status is ReportStatus.Submitted or ReportStatus.Approved);

    public sealed record Row(int ReportId, string Agency, string Unit, ReportStatus Status, DateTimeOffset? LastSavedAt, string? ExcuseReason, string? ExcusedBy, DateTimeOffset? ExcusedAt);
}
