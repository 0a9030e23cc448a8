namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>Moving an item: one place up or down among its siblings, and/or under another parent, optionally renumbered.</summary>
public sealed class MoveInput : ChangeInput
{
    /// <summary>"up", "down" or empty.</summary>
    public string? Direction { get; set; }

    /// <summary>"root" for the top level, an item id, or empty to stay under the same parent.</summary>
    public string? NewParent { get; set; }

    public string? NewNumber { get; set; }
}
