using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>The editor's overview of one plan: every part with the links that change it.</summary>
public sealed record EditorPageModel(
    Plan Plan,
    EditorPlan Summary,
    IReadOnlyList<PhaseWindow> Phases,
    IReadOnlyList<PlanRevision> Revisions,
    IReadOnlySet<int> ReportedItems,
    DateOnly Today)
{
    public IReadOnlyList<PlanItem> ChildrenOf(int? parentId) => PlanItemTree.ChildrenOf(Plan.Items, parentId);

    public int ReportYear => Math.Clamp(Today.Year, Plan.PeriodStartYear, Plan.PeriodEndYear);
}
