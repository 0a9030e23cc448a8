namespace LearningSociety.Web.Features.PlanEditor;

public sealed class ItemFormModel : ChangeFormModel
{
    public required ItemInput Input { get; init; }

    public override ChangeInput Change => Input;

    /// <summary>Null when adding.</summary>
    public int? ItemId { get; init; }

    /// <summary>Where a new item goes; null at the top level.</summary>
    public int? ParentId { get; init; }

    /// <summary>"mục II. Nhiệm vụ và giải pháp", or the item being edited.</summary>
    public string? ParentLabel { get; init; }
}
