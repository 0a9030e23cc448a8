namespace LearningSociety.Web.Features.PlanEditor;

public sealed class TaskFormModel : ChangeFormModel
{
    public required TaskInput Input { get; init; }

    public override ChangeInput Change => Input;

    public required int ItemId { get; init; }

    public required string ItemLabel { get; init; }

    public string? ItemText { get; init; }

    /// <summary>Directory agencies matching the filter, plus every selected one.</summary>
    public required IReadOnlyList<EditorOption> Agencies { get; init; }

    public int AgencyTotal { get; init; }

    public required IReadOnlyList<string> Phases { get; init; }

    /// <summary>Set when "Đọc từ câu chữ" found nothing to read.</summary>
    public string? ReadNotice { get; set; }
}
