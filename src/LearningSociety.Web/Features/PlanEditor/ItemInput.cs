namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>A section or task as the document writes it: its own number, title and text.</summary>
public sealed class ItemInput : ChangeInput
{
    public string? Number { get; set; }
    public string? Title { get; set; }
    public string? Text { get; set; }
    public bool IsTask { get; set; }
}
