namespace LearningSociety.Infrastructure.Exports.Pdf;

/// <summary>Page margins in millimetres.</summary>
public sealed record PdfMargins(float TopMm, float BottomMm, float LeftMm, float RightMm)
{
    /// <summary>The lower bounds of Decree 30/2020/NĐ-CP: top and bottom 20–25, left 30–35, right 15–20 mm.</summary>
    public static PdfMargins Decree30 { get; } = new(20, 20, 30, 15);
}
