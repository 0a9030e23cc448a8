namespace LearningSociety.Infrastructure.Exports.Pdf;

/// <summary>A table column: its header text, its width relative to the other columns, and how its body cells align.</summary>
public sealed record PdfTableColumn(string Header, float RelativeWidth = 1, PdfAlignment Alignment = PdfAlignment.Left);
