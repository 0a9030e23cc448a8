using LearningSociety.Domain.Units;

namespace LearningSociety.Domain.Rollup;

/// <summary>A unit that exists today, as the history under today's units is arranged on it.</summary>
public sealed record CurrentUnit(int Id, int? ParentId, string Name, UnitLevel Level);
