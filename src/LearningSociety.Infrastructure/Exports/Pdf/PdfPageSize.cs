namespace LearningSociety.Infrastructure.Exports.Pdf;

/// <summary>Decree 30 prints on A4; landscape is allowed for wide tables.</summary>
public enum PdfPageSize
{
    A4Portrait,
    A4Landscape,
}
