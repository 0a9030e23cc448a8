namespace LearningSociety.Infrastructure.Exports.Pdf;

/// <summary>
/// A bold heading that is never left alone at the foot of a page. Level 1 is the document
/// type and title (centred, e.g. "BÁO CÁO"); level 2 and below are section headings
/// ("I. KẾT QUẢ THỰC HIỆN"), left-aligned with the body indent.
/// </summary>
public sealed record PdfHeading(string Text, int Level = 1) : PdfBlock
{
    public float FontSize { get; init; } = 14;
}
