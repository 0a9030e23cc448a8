namespace LearningSociety.Infrastructure.Exports.Pdf;

/// <summary>One piece of a document's flow, laid out top to bottom.</summary>
public abstract record PdfBlock;
