namespace LearningSociety.Web.Features.PlanEditor;

public sealed class ReferenceFormModel : ChangeFormModel
{
    public required ReferenceInput Input { get; init; }

    public override ChangeInput Change => Input;

    /// <summary>Plans in the portal the new plan can cite.</summary>
    public required IReadOnlyList<EditorOption> Plans { get; init; }
}
