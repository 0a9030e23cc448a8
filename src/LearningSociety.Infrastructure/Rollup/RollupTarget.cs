using LearningSociety.Domain.Rollup;

namespace LearningSociety.Infrastructure.Rollup;

/// <summary>A plan's target as the roll-up reads it, with the names a page prints.</summary>
public sealed record RollupTarget(TargetDefinition Definition, string Code, string Name, string? UnitOfMeasure);
