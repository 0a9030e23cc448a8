using LearningSociety.Domain.Plans;

namespace LearningSociety.Domain.Rollup;

/// <summary>
/// The additive raw totals of one target over a subtree. Everything the roll-up shows is derived
/// from these, and a parent's totals are the sum of its children's plus its own report's, which
/// is what keeps the roll-up O(nodes × targets) and makes percentages sum, never average.
/// </summary>
internal struct TargetTotals
{
    public int Expected;

    /// <summary>Expected reporters whose report counts, whether or not it carries this target's figure.</summary>
    public int Counted;
    public int Received;
    public int Hits;
    public int Below;

    /// <summary>Sum of numerators for a percentage; the sum itself for a count.</summary>
    public decimal Numerator;
    public decimal Denominator;
    public int? MinLevel;

    /// <summary>Adds one expected reporter; a null or incomplete figure leaves it missing, never zero.</summary>
    /// <param name="counted">The reporter's report counts (received, or approved when only approved ones count).</param>
    public void AddReporter(TargetDefinition target, bool counted, TargetFigure? figure)
    {
        Expected++;
        Counted += counted ? 1 : 0;
        if (!counted || figure is null)
        {
            return;
        }

        var goal = target.TargetValue;
        switch (target.Kind)
        {
            case TargetKind.Percentage when figure.Numerator is { } n && figure.Denominator is { } d:
                Received++;
                Numerator += n;
                Denominator += d;
                Below += d > 0 && n * 100 < goal * d ? 1 : 0;
                break;
            case TargetKind.UnitsReaching when figure.Reached is { } reached:
                Received++;
                Hits += reached ? 1 : 0;
                Below += reached ? 0 : 1;
                break;
            case TargetKind.YesNo when figure.Reached is { } yes:
                Received++;
                Hits += yes ? 1 : 0;
                Below += !yes && goal > 0 ? 1 : 0;
                break;
            case TargetKind.Count when figure.Count is { } count:
                Received++;
                Numerator += count;
                break;
            case TargetKind.Level when figure.Level is { } level:
                Received++;
                MinLevel = MinLevel is { } m ? Math.Min(m, level) : level;
                Below += level < goal ? 1 : 0;
                break;
        }
    }

    public void Add(in TargetTotals child)
    {
        Expected += child.Expected;
        Counted += child.Counted;
        Received += child.Received;
        Hits += child.Hits;
        Below += child.Below;
        Numerator += child.Numerator;
        Denominator += child.Denominator;
        if (child.MinLevel is { } level)
        {
            MinLevel = MinLevel is { } m ? Math.Min(m, level) : level;
        }
    }

    /// <summary>
    /// The share's parts: a percentage's sums; units reaching over units expected; yes over received.
    /// </summary>
    public readonly (decimal Numerator, decimal Denominator) Ratio(TargetKind kind) => kind switch
    {
        TargetKind.Percentage => (Numerator, Denominator),
        TargetKind.UnitsReaching => (Hits, Expected),
        TargetKind.YesNo => (Hits, Received),
        _ => (0m, 0m),
    };

    /// <summary>
    /// Compared by cross-multiplying rather than dividing: decimal division of repeating fractions
    /// is slow, and this runs for every node and target of a national roll-up.
    /// </summary>
    public readonly bool? IsBelow(TargetDefinition target)
    {
        if (Received == 0 || target.TargetValue is not { } goal)
        {
            return null;
        }

        var (n, d) = Ratio(target.Kind);
        return target.Kind switch
        {
            TargetKind.Count => Numerator < goal,
            TargetKind.Level => MinLevel < goal,
            TargetKind.YesNo => Below > 0,
            _ => d == 0 ? null : n * 100 < goal * d,
        };
    }
}
