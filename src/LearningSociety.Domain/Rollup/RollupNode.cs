using LearningSociety.Domain.Units;

namespace LearningSociety.Domain.Rollup;

/// <summary>
/// A unit in the roll-up tree with its own report, if any. The tree may have any depth
/// (province → commune, province → district → commune, a country above them …).
/// </summary>
public sealed record RollupNode
{
    public required int UnitId { get; init; }
    public required string Name { get; init; }

    /// <summary>
    /// The unit's tier; null for an agency (sở, phòng, đoàn thể), which only answers
    /// targets reported by agencies. See <see cref="TargetDefinition.ExpectsFrom"/>.
    /// </summary>
    public UnitLevel? Level { get; init; }

    public IReadOnlyList<RollupNode> Children { get; init; } = [];

    /// <summary>
    /// Whether the unit had to report in the period (it existed and was assigned). A report
    /// from a unit not expected to report is ignored, so received never exceeds expected.
    /// </summary>
    public required bool ExpectedToReport { get; init; }

    public ReportFigures? Report { get; init; }
}
