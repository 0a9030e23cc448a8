namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

/// <summary>An unbreakable run of pieces (a word may change style mid-way) and the natural space before it on its line.</summary>
internal sealed record TextWord(IReadOnlyList<StyledText> Pieces, IReadOnlyList<float> PieceWidths, float Width, float GapBefore);
