namespace LearningSociety.Infrastructure.Exports.Pdf;

/// <summary>
/// A body paragraph. The defaults are Decree 30's body text: 14 pt, justified, first line
/// indented 1 cm, at least 6 pt between paragraphs.
/// </summary>
public sealed record PdfParagraph(IReadOnlyList<PdfRun> Runs) : PdfBlock
{
    public PdfParagraph(string text)
        : this([new PdfRun(text)])
    {
    }

    public float FontSize { get; init; } = 14;

    public PdfAlignment Alignment { get; init; } = PdfAlignment.Justify;

    public float FirstLineIndentCm { get; init; } = 1;

    public float SpaceBeforePt { get; init; }

    public float SpaceAfterPt { get; init; } = 6;

    /// <summary>Multiple of the font's single line height (Decree 30: from 1 up to 1.5).</summary>
    public float LineSpacing { get; init; } = 1;
}
