namespace LearningSociety.Web.Features.PlanImport;

/// <summary>A section or task of the draft: number, heading and wording as corrected.</summary>
public sealed class ImportNodeInput
{
    public string? Number { get; set; }

    public string? Title { get; set; }

    public string? Text { get; set; }

    public bool IsTask { get; set; }

    /// <summary>The deadline's wording; the portal reads the rule from it again when it was changed.</summary>
    public string? Deadline { get; set; }
}
