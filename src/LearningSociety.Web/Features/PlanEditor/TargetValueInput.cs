namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>One row of a target's values: a year or a phase, and the value. A row left empty is ignored.</summary>
public sealed class TargetValueInput
{
    public string? Year { get; set; }
    public string? Phase { get; set; }
    public string? Value { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Year) && string.IsNullOrWhiteSpace(Phase) && string.IsNullOrWhiteSpace(Value);
}
