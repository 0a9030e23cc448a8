namespace LearningSociety.Web.Features.PlanImport;

/// <summary>The first step: the plan's text pasted, or a .txt / .docx file.</summary>
public sealed class ImportSourceInput
{
    /// <summary>About 300 pages of plain text: far above any plan, well below the file limit's memory.</summary>
    public const int MaxTextLength = 1_000_000;

    public string? Text { get; set; }

    public IFormFile? File { get; set; }
}
