using LearningSociety.Domain.Plans;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>A quantitative target: what is measured, how, who reports it and the value to reach by each year or phase.</summary>
public sealed class TargetInput : ChangeInput
{
    public string? Code { get; set; }
    public string? SectionNumber { get; set; }
    public string? Name { get; set; }
    public string? Text { get; set; }
    public TargetKind Kind { get; set; }
    public string? UnitOfMeasure { get; set; }
    public string? NumeratorDefinition { get; set; }
    public string? DenominatorDefinition { get; set; }
    /// <summary>"Province", "District", "Commune" (the units of that level report it), "agencies", or empty.</summary>
    public string? ReportedBy { get; set; }
    public List<TargetValueInput> Values { get; set; } = [];
}
