using LearningSociety.Domain.Rollup;
using LearningSociety.Infrastructure.Rollup;
using ReportStatus = LearningSociety.Domain.Reporting.ReportStatus;

namespace LearningSociety.Web.Features.Consolidated;

/// <summary>The consolidated report of one unit for one period ("Báo cáo tổng hợp").</summary>
public sealed record ConsolidatedModel(
    Consolidation Consolidation,
    RollupPeriod? Period,
    ConsolidatedModel.Row? Total,
    ConsolidatedModel.Row? Own,
    IReadOnlyList<ConsolidatedModel.Row> Children,
    IReadOnlyList<ConsolidatedModel.TargetBlock> Targets,
    IReadOnlyList<ConsolidatedModel.TaskRow> Tasks)
{
    public ResolvedScope Scope => Consolidation.Scope;

    /// <summary>One reporter or subtree: its counts and where its numbers lead.</summary>
    /// <param name="Href">A child unit's consolidation, or the report itself for a leaf or an agency.</param>
    public sealed record Row(
        string Name,
        string? Href,
        bool IsAgency,
        bool IsLeaf,
        int Expected,
        int Received,
        int OnTime,
        decimal? Completeness,
        decimal? Timeliness,
        ReportStatus? Status,
        bool Counted,
        bool IsLate,
        DateTimeOffset? LastSavedAt)
    {
        public int Missing => Expected - Received;
    }

    public sealed record TargetBlock(
        string Code,
        string Name,
        string Kind,
        string Total,
        bool? TotalBelow,
        int Expected,
        int Received,
        int BelowCount,
        string? Unanswered,
        TargetCell? Own,
        IReadOnlyList<TargetCell> Children);

    /// <param name="Below">The child's subtree misses the target: highlighted in colour and in words.</param>
    /// <param name="Unanswered">Nothing received: "Chưa báo cáo", or "Chưa nhập chỉ tiêu" when the reports came in with it blank (ADR 0008).</param>
    public sealed record TargetCell(string Name, string? Href, string Text, bool? Below, string? Unanswered, decimal? Value);

    /// <param name="Counts">Reporters in each <see cref="DerivedTaskStatus"/>, indexed by the enum value.</param>
    public sealed record TaskRow(string Number, string? Title, DateOnly? Due, string? DeadlineText, IReadOnlyList<int> Counts);
}
