using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;

namespace LearningSociety.Web.Features.Plans;

public sealed record PlanFilter
{
    public string? Q { get; init; }
    public int? Issuer { get; init; }
    public UnitLevel? Level { get; init; }
    public int? Year { get; init; }
    public PlanStatus? Status { get; init; }
}
