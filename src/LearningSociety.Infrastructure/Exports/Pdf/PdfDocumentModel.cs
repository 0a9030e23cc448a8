namespace LearningSociety.Infrastructure.Exports.Pdf;

/// <summary>
/// What a PDF says, with no reference to the library that draws it, so the renderer behind
/// <see cref="IPdfRenderer"/> can be replaced (QuestPDF, when it can be had) without touching
/// the code that builds documents.
/// </summary>
public sealed record PdfDocumentModel(IReadOnlyList<PdfBlock> Blocks)
{
    public PdfPageSize PageSize { get; init; } = PdfPageSize.A4Portrait;

    public PdfMargins Margins { get; init; } = PdfMargins.Decree30;

    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Subject { get; init; }

    /// <summary>Written into the file's metadata; null means now. Fixed values make output reproducible.</summary>
    public DateTimeOffset? Created { get; init; }
}
