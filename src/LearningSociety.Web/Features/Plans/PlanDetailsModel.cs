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
    public sealed record Reference(int Id, string DocumentNumber, string Title);

    /// <summary>The year deadlines are resolved for: this year while the plan runs, else its last year.</summary>
    public int ReportYear => Math.Clamp(Today.Year, Plan.PeriodStartYear, Plan.PeriodEndYear);
}
