namespace LearningSociety.Web.Features.PlanImport;

/// <summary>A legal-basis document of the draft: its reference and title can be corrected, or it can be left out.</summary>
public sealed class ImportReferenceInput
{
    public string? Reference { get; set; }

    public string? Title { get; set; }

    public bool Keep { get; set; } = true;
}
