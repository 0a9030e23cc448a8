namespace LearningSociety.Infrastructure.Exports.Pdf;

/// <summary>
/// Where to look for the PDF font (configuration section Exports:Pdf). Liberation Serif, which
/// has the metrics of Times New Roman, is tried in every folder first, then DejaVu Serif.
/// Fonts come from the operating system's packages (fonts-liberation2), never from the repository.
/// </summary>
public sealed class PdfFontOptions
{
    public const string Section = "Exports:Pdf";

    public static IReadOnlyList<string> DefaultFontDirectories { get; } =
    [
        "/usr/share/fonts/truetype/liberation2",
        "/usr/share/fonts/truetype/liberation",
        "/usr/share/fonts/truetype/dejavu",
    ];

    public IList<string> FontDirectories { get; set; } = [.. DefaultFontDirectories];

    /// <summary>Cut embedded fonts to the glyphs used when HarfBuzz's subsetter is installed; off embeds whole faces.</summary>
    public bool SubsetFonts { get; set; } = true;
}
