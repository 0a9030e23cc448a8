namespace LearningSociety.Domain.Plans;

/// <summary>How a target is measured, which also fixes how it rolls up the tree.</summary>
public enum TargetKind
{
    /// <summary>Numerator over denominator; rolls up by summing both.</summary>
    Percentage,
    /// <summary>"100% of communes reach X": units reaching over units expected.</summary>
    UnitsReaching,
    /// <summary>A count; rolls up by summing.</summary>
    Count,
    /// <summary>Yes/no per unit; rolls up as a count and a share of yes.</summary>
    YesNo,
    /// <summary>A level reached (e.g. literacy level 2); rolls up as the lowest level.</summary>
    Level,
    /// <summary>
    /// How many units are at each level of a <see cref="RatingScale"/> ("xếp loại Tốt/Khá/…");
    /// rolls up by summing each level; the goal is a share at or above a level.
    /// </summary>
    RatingDistribution,
}
