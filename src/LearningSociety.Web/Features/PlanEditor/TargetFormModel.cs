namespace LearningSociety.Web.Features.PlanEditor;

public sealed class TargetFormModel : ChangeFormModel
{
    public required TargetInput Input { get; init; }

    public override ChangeInput Change => Input;

    /// <summary>Null when adding.</summary>
    public int? TargetId { get; init; }

    public required IReadOnlyList<string> Phases { get; init; }
}
