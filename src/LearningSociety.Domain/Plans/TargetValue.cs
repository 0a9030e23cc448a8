namespace LearningSociety.Domain.Plans;

/// <summary>The value a target must reach by a year or by the end of a phase.</summary>
public class TargetValue
{
    public int Id { get; set; }
    public int TargetId { get; set; }
    public int? Year { get; set; }
    public string? PhaseName { get; set; }
    public decimal Value { get; set; }
}
