using LearningSociety.Domain.Plans;

namespace LearningSociety.Web.Features.PlanEditor;

public sealed class PhaseInput : ChangeInput
{
    public string? Name { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
    public ReviewKind? Review { get; set; }
}
