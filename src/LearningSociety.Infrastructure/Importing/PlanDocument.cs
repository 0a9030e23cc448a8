namespace LearningSociety.Infrastructure.Importing;

/// <summary>An uploaded plan: its text, or (a scan with no text layer, a photo) the pages to recognise by OCR.</summary>
public sealed record PlanDocument(string? Text, ScanSource? Scan);

/// <summary>A scanned PDF or an image, already checked: its bytes and, per page, its size (points for a PDF, pixels for an image).</summary>
public sealed record ScanSource(byte[] Bytes, ScanFormat Format, IReadOnlyList<ScanPageSize> Pages);

public sealed record ScanPageSize(double Width, double Height);

public enum ScanFormat
{
    Pdf,
    Png,
    Jpeg,
}
