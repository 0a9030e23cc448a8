using LearningSociety.Domain.Plans;

namespace LearningSociety.Domain.Rollup;

/// <summary>
/// One target rolled up over a subtree. Missing reports are shown as <see cref="Missing"/>; they
/// never enter a sum as zero. Shares are in percent (0–100), unrounded.
/// </summary>
public sealed class AggregatedTarget
{
    private readonly TargetTotals totals;

    internal AggregatedTarget(TargetDefinition definition, in TargetTotals totals, IReadOnlyList<int> childrenBelowTarget)
    {
        Definition = definition;
        this.totals = totals;
        ChildrenBelowTarget = childrenBelowTarget;
        (Numerator, Denominator) = totals.Ratio(definition.Kind);
        BelowTarget = totals.IsBelow(definition);
    }

    public TargetDefinition Definition { get; }
    public int TargetId => Definition.TargetId;
    public TargetKind Kind => Definition.Kind;
    public decimal? TargetValue => Definition.TargetValue;

    /// <summary>Reporters in the subtree that had to report this target.</summary>
    public int Expected => totals.Expected;

    /// <summary>Counted reports carrying a complete figure for this target.</summary>
    public int Received => totals.Received;

    public int Missing => totals.Expected - totals.Received;

    /// <summary>Expected reporters whose report has not come in (or is not approved when only approved ones count).</summary>
    public int NotReported => totals.Expected - totals.Counted;

    /// <summary>Reporters whose report counts but left this target blank: "chưa nhập chỉ tiêu" (ADR 0008), never "chưa báo cáo".</summary>
    public int NotEntered => totals.Counted - totals.Received;

    /// <summary>
    /// Percentage: sum of numerators. Units-reaching: units reaching. Yes/no: yes answers. Otherwise 0.
    /// </summary>
    public decimal Numerator { get; }

    /// <summary>
    /// Percentage: sum of denominators. Units-reaching: units expected, so a missing unit is
    /// counted as not (yet) reaching and shown in <see cref="Missing"/>. Yes/no: answers received. Otherwise 0.
    /// </summary>
    public decimal Denominator { get; }

    /// <summary>Count: the sum. Otherwise 0.</summary>
    public decimal Sum => Kind == TargetKind.Count ? totals.Numerator : 0m;

    /// <summary>Rating: units at each level of the scale over the received reports, best first; null when none.</summary>
    public IReadOnlyList<decimal>? Ratings => totals.Ratings;

    /// <summary>Level: the lowest level reached among received reports.</summary>
    public int? MinLevel => totals.MinLevel;

    /// <summary>
    /// The headline figure: percent for percentage, units-reaching and yes/no (share of yes among
    /// received); the sum for a count; the lowest level for a level. Null when nothing was received
    /// (or every denominator was 0).
    /// </summary>
    public decimal? Value => Received == 0 ? null : Kind switch
    {
        TargetKind.Count => Sum,
        TargetKind.Level => MinLevel,
        TargetKind.Percentage or TargetKind.UnitsReaching or TargetKind.YesNo or TargetKind.RatingDistribution => Denominator == 0 ? null : Numerator * 100 / Denominator,
    };

    /// <summary>
    /// Received reporters whose own figure is below the target: own percentage under it, unit not
    /// reaching, a "no" where yes is required, a level under it. Always 0 for a count.
    /// </summary>
    public int BelowCount => totals.Below;

    /// <summary>
    /// Whether the subtree misses the year's target; null when nothing was received or the year has
    /// no target value. A yes/no target is missed by any "no". A count target is a total for the
    /// plan's whole area, so this is meaningful at the plan's own node only.
    /// </summary>
    public bool? BelowTarget { get; }

    /// <summary>
    /// Child unit ids whose subtree is below target, for highlighting. Empty for a count target,
    /// whose value is a total for the whole area and has no per-child share. A child with nothing
    /// received is not listed: it shows as missing instead.
    /// </summary>
    public IReadOnlyList<int> ChildrenBelowTarget { get; }
}
