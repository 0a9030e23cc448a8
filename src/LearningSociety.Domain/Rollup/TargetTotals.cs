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

    /// <summary>Rating: units at each level, summed level by level; this row's own array, never a child's.</summary>
    public decimal[]? Ratings;

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
        var received = target.Kind switch
        {
            TargetKind.Percentage => figure is { Numerator: { } n, Denominator: { } d } && AddRatio(n, d, goal),
            TargetKind.UnitsReaching => figure.Reached is { } reached && AddReached(reached, below: !reached),
            TargetKind.YesNo => figure.Reached is { } yes && AddReached(yes, below: !yes && goal > 0),
            TargetKind.Count => figure.Count is { } count && AddCount(count),
            TargetKind.Level => figure.Level is { } level && AddLevel(level, goal),
            TargetKind.RatingDistribution => target.Rating is { } scale && figure.Ratings is { } counts && counts.Count == scale.Levels.Count
                && AddRatio(scale.Reaching(counts), counts.Sum(), goal) && AddRatings(counts),
        };
        Received += received ? 1 : 0;
    }

    private bool AddRatio(decimal n, decimal d, decimal? goal)
    {
        Numerator += n;
        Denominator += d;
        Below += d > 0 && n * 100 < goal * d ? 1 : 0;
        return true;
    }

    private bool AddReached(bool reached, bool below)
    {
        Hits += reached ? 1 : 0;
        Below += below ? 1 : 0;
        return true;
    }

    private bool AddCount(decimal count)
    {
        Numerator += count;
        return true;
    }

    private bool AddLevel(int level, decimal? goal)
    {
        MinLevel = MinLevel is { } m ? Math.Min(m, level) : level;
        Below += level < goal ? 1 : 0;
        return true;
    }

    private bool AddRatings(IReadOnlyList<decimal> counts)
    {
        Ratings ??= new decimal[counts.Count];
        for (var i = 0; i < counts.Count; i++)
        {
            Ratings[i] += counts[i];
        }

        return true;
    }

    public void Add(in TargetTotals child)
    {
        if (child.Ratings is { } ratings)
        {
            AddRatings(ratings);
        }

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
        TargetKind.Percentage or TargetKind.RatingDistribution => (Numerator, Denominator),
        TargetKind.UnitsReaching => (Hits, Expected),
        TargetKind.YesNo => (Hits, Received),
        TargetKind.Count or TargetKind.Level => (0m, 0m),
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
            TargetKind.Percentage or TargetKind.UnitsReaching or TargetKind.RatingDistribution => d == 0 ? null : n * 100 < goal * d,
        };
    }
}
