using LearningSociety.Web.Features.Consolidated;
using ReportStatus = LearningSociety.Domain.Reporting.ReportStatus;

namespace LearningSociety.Web.Features.Dashboard;

/// <summary>What the leader's one-page PDF says, taken from the leader's dashboard so both show the same figures.</summary>
/// <param name="Lagging">Units below, the furthest behind first: fewest reports in, then fewest on time.</param>
public sealed record LeaderSummary(
    ConsolidatedExport.Issuer Issuer,
    string Unit,
    string Title,
    string Basis,
    DashboardModel.Kpis Numbers,
    int Approved,
    IReadOnlyList<DashboardModel.TargetLine> Targets,
    IReadOnlyList<DashboardModel.ChildLine> Lagging)
{
    public static LeaderSummary? From(DashboardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model is not { Numbers: { } numbers, Consolidation: { Tree: { } tree } consolidation })
        {
            return null;
        }

        var consolidated = ConsolidatedModelBuilder.Build(consolidation);
        var approved = tree.Info.Values.Count(i => i.ReportId is not null && i.Status == ReportStatus.Approved && tree.Nodes[i.NodeId].ExpectedToReport);
        var lagging = model.ByChild.Where(c => c.Received < c.Expected || c.OnTime < c.Expected)
            .OrderBy(c => c.Completeness ?? 0).ThenBy(c => c.Timeliness ?? 0).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        return new LeaderSummary(
            ConsolidatedExport.IssuerOf(consolidated),
            model.Scope.Unit?.Name ?? "",
            ConsolidatedExport.Title(consolidated),
            consolidation.ApprovedOnly ? "Chỉ tính số liệu đã duyệt." : "Tính tất cả báo cáo đã nộp.",
            numbers,
            approved,
            model.Targets,
            lagging);
    }
}
