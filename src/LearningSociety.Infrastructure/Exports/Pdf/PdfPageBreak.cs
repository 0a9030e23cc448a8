namespace LearningSociety.Infrastructure.Exports.Pdf;

/// <summary>Starts a new page unless the current one is still empty.</summary>
public sealed record PdfPageBreak : PdfBlock;
