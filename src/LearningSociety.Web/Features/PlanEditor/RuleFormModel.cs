namespace LearningSociety.Web.Features.PlanEditor;

public sealed class RuleFormModel : ChangeFormModel
{
    public required RuleInput Input { get; init; }

    public override ChangeInput Change => Input;

    /// <summary>Null when adding.</summary>
    public int? RuleId { get; init; }

    public required IReadOnlyList<EditorOption> Agencies { get; init; }

    public required IReadOnlyList<string> Phases { get; init; }
}
