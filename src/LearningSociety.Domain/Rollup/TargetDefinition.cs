using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;

namespace LearningSociety.Domain.Rollup;

/// <summary>What the roll-up needs to know about a target for one reporting year.</summary>
public sealed record TargetDefinition
{
    public required int TargetId { get; init; }
    public required TargetKind Kind { get; init; }

    /// <summary>
    /// The value to reach this year; null when the plan sets none for the year. Percentage and
    /// units-reaching in percent (40 = 40%); yes/no 1 when yes is required; level the level number.
    /// </summary>
    public decimal? TargetValue { get; init; }

    /// <summary>The tier whose units report the figure; null with <see cref="ReportedByAgencies"/> false means every reporter.</summary>
    public UnitLevel? ReportedByLevel { get; init; }

    public bool ReportedByAgencies { get; init; }

    /// <summary>A rating target's levels and goal; null for every other kind.</summary>
    public RatingScale? Rating { get; init; }

    /// <summary>
    /// Whether <paramref name="node"/> must report this target. Targets are answered by the tier
    /// the plan names (communes for "100% xã đạt chuẩn"), so a district's own report is neither
    /// expected nor counted for a commune target: that would count the district as a commune.
    /// </summary>
    public bool ExpectsFrom(RollupNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!node.ExpectedToReport)
        {
            return false;
        }

        if (ReportedByAgencies)
        {
            return node.Level is null;
        }

        return ReportedByLevel is null || node.Level == ReportedByLevel;
    }

    /// <summary>
    /// The definition of <paramref name="target"/> for <paramref name="year"/>. Only a value set
    /// for that very year is used: a 2030 value is a destination, not this year's bar, and phase
    /// values have no year of their own.
    /// </summary>
    public static TargetDefinition From(Target target, int year)
    {
        ArgumentNullException.ThrowIfNull(target);
        decimal? value = null;
        foreach (var v in target.Values)
        {
            if (v.Year == year)
            {
                value = v.Value;
            }
        }

        return new TargetDefinition
        {
            TargetId = target.Id,
            Kind = target.Kind,
            TargetValue = value,
            ReportedByLevel = target.ReportedByLevel,
            ReportedByAgencies = target.ReportedByAgencies,
            Rating = target.Scale(),
        };
    }
}
