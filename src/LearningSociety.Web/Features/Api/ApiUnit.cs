namespace LearningSociety.Web.Features.Api;

/// <summary>An administrative unit with its validity and what it became (or came from) in a reorganisation.</summary>
/// <param name="Level">Province, District or Commune.</param>
/// <param name="ValidTo">Last day the unit existed; null while it exists.</param>
public sealed record ApiUnit(
    int Id, string Code, string Name, string Type, string Level, int? ParentId, DateOnly ValidFrom, DateOnly? ValidTo,
    IReadOnlyList<ApiUnit.Link> Successors, IReadOnlyList<ApiUnit.Link> Predecessors)
{
    /// <param name="Full">True when the whole old unit went into the new one; false for a part.</param>
    public sealed record Link(int Id, string Name, bool Full, DateOnly EffectiveOn);
}
