namespace LearningSociety.Domain.Reporting;

/// <summary>The raw figure a reporter gives for one target, in the target's own kind.</summary>
public class ReportTargetValue
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public int TargetId { get; set; }
    /// <summary>Percentage: e.g. 412 trained of…</summary>
    public decimal? Numerator { get; set; }
    /// <summary>…1,030 working-age people.</summary>
    public decimal? Denominator { get; set; }
    /// <summary>UnitsReaching and YesNo: does this unit reach it?</summary>
    public bool? Reached { get; set; }
    public decimal? Count { get; set; }
    public int? Level { get; set; }
    /// <summary>RatingDistribution: units at each level of the target's scale, best first ("40;30;10;2").</summary>
    public string? Ratings { get; set; }
    public string? Note { get; set; }
}
