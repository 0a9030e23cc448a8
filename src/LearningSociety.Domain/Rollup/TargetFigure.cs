namespace LearningSociety.Domain.Rollup;

/// <summary>
/// The raw figure a unit reports for one target. Only the fields of the target's kind are read:
/// <see cref="Numerator"/> and <see cref="Denominator"/> for a percentage (both needed),
/// <see cref="Reached"/> for units-reaching and yes/no, <see cref="Count"/> for a count,
/// <see cref="Level"/> for a level. A figure without the fields its kind needs counts as missing.
/// </summary>
public sealed record TargetFigure
{
    public decimal? Numerator { get; init; }
    public decimal? Denominator { get; init; }
    public bool? Reached { get; init; }
    public decimal? Count { get; init; }
    public int? Level { get; init; }

    /// <summary>RatingDistribution: units at each level, best first.</summary>
    public IReadOnlyList<decimal>? Ratings { get; init; }

    public static TargetFigure Ratio(decimal numerator, decimal denominator) =>
        new() { Numerator = numerator, Denominator = denominator };

    public static TargetFigure Yes(bool reached) => new() { Reached = reached };

    public static TargetFigure Total(decimal count) => new() { Count = count };

    public static TargetFigure AtLevel(int level) => new() { Level = level };
}
