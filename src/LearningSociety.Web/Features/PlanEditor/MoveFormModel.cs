namespace LearningSociety.Web.Features.PlanEditor;

public sealed class MoveFormModel : ChangeFormModel
{
    public required MoveInput Input { get; init; }

    public override ChangeInput Change => Input;

    public required int ItemId { get; init; }

    public required string ItemLabel { get; init; }

    public required string ItemNumber { get; init; }

    /// <summary>The item's siblings in order, the item itself flagged.</summary>
    public required IReadOnlyList<(string Label, bool Self)> Siblings { get; init; }

    /// <summary>Every item outside the moved item's own subtree.</summary>
    public required IReadOnlyList<EditorOption> Parents { get; init; }

    public required string CurrentParent { get; init; }
}
