using LearningSociety.Domain.Units;

namespace LearningSociety.Domain.Plans;

/// <summary>A quantitative target (chỉ tiêu) of a plan.</summary>
public class Target
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public required string Code { get; set; }
    public string? SectionNumber { get; set; }
    public required string Name { get; set; }
    public string? Text { get; set; }
    public TargetKind Kind { get; set; }
    public string? UnitOfMeasure { get; set; }
    public string? NumeratorDefinition { get; set; }
    public string? DenominatorDefinition { get; set; }
    /// <summary>Level whose units report the raw figure; null when agencies report it.</summary>
    public UnitLevel? ReportedByLevel { get; set; }
    public bool ReportedByAgencies { get; set; }
    /// <summary>A rating target's <see cref="RatingScale"/> as stored; null for every other kind.</summary>
    public string? RatingLevels { get; set; }
    public int SortOrder { get; set; }
    public List<TargetValue> Values { get; } = [];

    /// <summary>A rating target's scale (the default Tốt/Khá/Trung bình/Chưa đạt until the plan names its own); null for every other kind.</summary>
    public RatingScale? Scale() => Kind == TargetKind.RatingDistribution ? RatingScale.Parse(RatingLevels) ?? RatingScale.Default : null;
}
