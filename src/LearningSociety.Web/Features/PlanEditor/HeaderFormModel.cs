namespace LearningSociety.Web.Features.PlanEditor;

public sealed class HeaderFormModel : ChangeFormModel
{
    public required HeaderInput Input { get; init; }

    public override ChangeInput Change => Input;

    public required IReadOnlyList<EditorOption> Issuers { get; init; }

    public required IReadOnlyList<EditorOption> Units { get; init; }

    public bool IsNew => Plan is null;
}
