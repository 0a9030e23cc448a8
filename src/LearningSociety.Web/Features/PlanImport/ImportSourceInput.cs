namespace LearningSociety.Web.Features.PlanImport;

/// <summary>The first step: the plan's text pasted, or a .txt / .docx file.</summary>
public sealed class ImportSourceInput
{
    public string? Text { get; set; }

    public IFormFile? File { get; set; }
}
