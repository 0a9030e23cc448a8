namespace LearningSociety.Domain.Rollup;

/// <summary>
/// An old unit split between several of today's units ("partial"): its reports are kept apart in a
/// row of their own and counted only in <paramref name="CountedIn"/>, the smallest of today's units
/// that holds every successor (null: no unit holds them all, only the whole is exact).
/// </summary>
public sealed record SharedHistory(int UnitId, string Name, IReadOnlyList<int> Successors, int? CountedIn);
