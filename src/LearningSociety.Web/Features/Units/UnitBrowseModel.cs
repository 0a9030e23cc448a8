using LearningSociety.Domain.Units;

namespace LearningSociety.Web.Features.Units;

public sealed record UnitBrowseModel(
    DateOnly Date,
    UnitBrowseModel.Node? Unit,
    IReadOnlyList<UnitBrowseModel.Node> Ancestors,
    IReadOnlyList<UnitBrowseModel.Node> Children,
    IReadOnlyList<UnitBrowseModel.Link> Predecessors,
    IReadOnlyList<UnitBrowseModel.Link> Successors,
    IReadOnlyList<UnitBrowseModel.AgencyRow> Agencies)
{
    public sealed record Node(int Id, string Code, string Name, string UnitType, UnitLevel Level, DateOnly ValidFrom, DateOnly? ValidTo, int ChildCount, string? ContactName, string? ContactPhone, string? ContactEmail);

    public sealed record Link(int Id, string Name, bool IsFull, DateOnly EffectiveOn);

    public sealed record AgencyRow(int Id, string Name, string Kind);
}
