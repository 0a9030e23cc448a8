namespace LearningSociety.Web.Features.PlanEditor;

public sealed class PhaseFormModel : ChangeFormModel
{
    public required PhaseInput Input { get; init; }

    public override ChangeInput Change => Input;

    /// <summary>Null when adding a phase.</summary>
    public int? PhaseId { get; init; }
}
