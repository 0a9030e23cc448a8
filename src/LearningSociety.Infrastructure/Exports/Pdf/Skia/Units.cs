namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

/// <summary>PDF works in points (1/72 inch); the decree speaks in millimetres and centimetres.</summary>
internal static class Units
{
    /// <summary>A4 in whole points, as PDF writers (Skia included) store it: 595 × 842.</summary>
    public const float A4Width = 595;

    public const float A4Height = 842;

    public static float FromMm(float mm) => mm * 72f / 25.4f;

    public static float FromCm(float cm) => cm * 72f / 2.54f;
}
