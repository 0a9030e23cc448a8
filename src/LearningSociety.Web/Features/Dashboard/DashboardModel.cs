using LearningSociety.Infrastructure.Rollup;
using LearningSociety.Web.Features.Consolidated;
using ReportStatus = LearningSociety.Domain.Reporting.ReportStatus;

namespace LearningSociety.Web.Features.Dashboard;

/// <summary>
/// "Tổng quan" of a unit for a period: who to chase, overdue tasks by agency, targets against
/// values, completeness and timeliness by the units below, and the trend over the plan's years.
/// Every chart has the same figures in a table beside it.
/// </summary>
public sealed record DashboardModel(
    Consolidation Consolidation,
    RollupPeriod? Period,
    DashboardModel.Kpis? Numbers,
    string ChildrenHeading,
    IReadOnlyList<DashboardModel.ChildLine> ByChild,
    IReadOnlyList<DashboardModel.TargetLine> Targets,
    IReadOnlyList<DashboardModel.ChaseRow> ChaseList,
    IReadOnlyList<DashboardModel.OverdueRow> OverdueByAgency,
    IReadOnlyList<DashboardModel.TrendPoint> Trend,
    DashboardModel.ChartData Charts)
{
    public ResolvedScope Scope => Consolidation.Scope;

    /// <param name="TargetsJudged">Targets with a value this year and something received to judge.</param>
    public sealed record Kpis(
        int Expected,
        int Received,
        int OnTime,
        decimal? Completeness,
        decimal? Timeliness,
        int WaitingReview,
        int NotReceived,
        int OverdueTasks,
        int TargetsMet,
        int TargetsJudged);

    public sealed record ChildLine(string Name, string? Href, int Expected, int Received, int OnTime, decimal? Completeness, decimal? Timeliness);

    /// <param name="Value">The headline in percent for a share, null when not reported.</param>
    public sealed record TargetLine(string Code, string Name, string Text, decimal? Value, decimal? Goal, bool? Below, bool IsShare, string? Unanswered);

    /// <param name="Parent">The unit above, to tell two communes of the same name apart.</param>
    public sealed record ChaseRow(string Unit, string? Parent, string Agency, ReportStatus Status, DateTimeOffset? LastSavedAt, string? ReportHref, string? Contact);

    public sealed record OverdueRow(string Agency, string Unit, int Overdue, IReadOnlyList<string> Tasks, string? ReportHref, string? Contact);

    /// <param name="Plan">The plan the point comes from ("…/KH-BCĐ"); null for a year without a period.</param>
    /// <param name="AfterReform">The first point after the 2025 reform, when the trend crosses it: marked on the chart and in the table.</param>
    public sealed record TrendPoint(int Year, string Period, decimal? Completeness, decimal? Timeliness, int TargetsMet, int TargetsJudged, string? Plan = null, bool AfterReform = false)
    {
        public bool HasPeriod => Plan is not null;
    }

    /// <summary>JSON for wwwroot/js/dashboard.js, written into &lt;script type="application/json"&gt; blocks (no inline script).</summary>
    public sealed record ChartData(string Targets, string Children, string Trend);
}
