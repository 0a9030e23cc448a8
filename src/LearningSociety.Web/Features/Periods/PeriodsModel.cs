using LearningSociety.Domain.Plans;
using LearningSociety.Infrastructure.Reporting;

namespace LearningSociety.Web.Features.Periods;

public sealed record PeriodsModel(
    int PlanId,
    string Plan,
    string PlanTitle,
    bool CanManage,
    int DefaultYear,
    IReadOnlyList<string> Phases,
    IReadOnlyList<ReportFrequency> Frequencies,
    IReadOnlyList<PeriodsModel.Row> Periods,
    PeriodsModel.Waiting? WaitsForTransition)
{
    /// <param name="Expected">Reports due: all but the excused.</param>
    public sealed record Row(int Id, string Name, DateOnly CutoffStart, DateOnly CutoffEnd, DateOnly Deadline, bool IsClosed, int Expected, int Received, int Approved, int Late, int Excused, int NotSubmitted);

    /// <summary>This year's period is not opened by the calendar because these bodies have ended.</summary>
    public sealed record Waiting(string PeriodName, IReadOnlyList<EndedBody> Bodies);
}
