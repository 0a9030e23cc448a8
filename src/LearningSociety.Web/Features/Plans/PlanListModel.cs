using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;

namespace LearningSociety.Web.Features.Plans;

public sealed record PlanListModel(
    PlanFilter Filter,
    IReadOnlyList<PlanListModel.Row> Plans,
    IReadOnlyList<PlanListModel.Option> Issuers,
    IReadOnlyList<int> Years)
{
    /// <summary>The user may write plans: the "Thêm kế hoạch" button shows.</summary>
    public bool CanCreate { get; init; }

    public sealed record Row(
        int Id,
        string DocumentNumber,
        DateOnly IssuedOn,
        bool IssuedOnDayKnown,
        string Issuer,
        string Title,
        UnitLevel Level,
        PlanKind Kind,
        int PeriodStartYear,
        int PeriodEndYear,
        PlanStatus Status,
        int Tasks,
        int Targets);

    public sealed record Option(int Id, string Name);
}
