namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

internal sealed record TableRow(IReadOnlyList<TableCell> Cells, bool CenterVertically);
