using LearningSociety.Domain.Plans;

namespace LearningSociety.Web.Features.Periods;

public sealed record PeriodsModel(
    int PlanId,
    string Plan,
    string PlanTitle,
    bool CanManage,
    int DefaultYear,
    IReadOnlyList<string> Phases,
    IReadOnlyList<ReportFrequency> Frequencies,
    IReadOnlyList<PeriodsModel.Row> Periods)
{
    public sealed record Row(int Id, string Name, DateOnly CutoffStart, DateOnly CutoffEnd, DateOnly Deadline, bool IsClosed, int Expected, int Received, int Approved, int Late);
}
