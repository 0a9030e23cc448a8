using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;

namespace LearningSociety.Web.Features.Plans;

public sealed record PlanDetailsModel(
    Plan Plan,
    IReadOnlyList<PlanItem> RootItems,
    IReadOnlyList<PhaseWindow> Phases,
    IReadOnlyList<PlanDetailsModel.Reference> ImplementedBy,
    DateOnly Today,
    int TaskCount,
    int AssignmentCount,
    int DeadlineCount)
{
    /// <summary>Confirmed changes to the plan since it was published, newest first.</summary>
    public IReadOnlyList<PlanRevision> Revisions { get; init; } = [];

    /// <summary>The user may edit this plan: the "Sửa kế hoạch" button shows.</summary>
    public bool CanEdit { get; init; }

    public sealed record Reference(int Id, string DocumentNumber, string Title);

    /// <summary>The year deadlines are resolved for: this year while the plan runs, else its last year.</summary>
    public int ReportYear => Math.Clamp(Today.Year, Plan.PeriodStartYear, Plan.PeriodEndYear);
}
