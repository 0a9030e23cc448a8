using System.Globalization;
using LearningSociety.Infrastructure.Exports.Pdf;
using LearningSociety.Infrastructure.Exports.Pdf.Skia;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace LearningSociety.UnitTests.Exports.Pdf;

/// <summary>Renders a model and reads the file back the way a person would: lines of words, top to bottom.</summary>
internal static class PdfProbe
{
    public const double PointsPerMm = 72 / 25.4;

    private static readonly SkiaPdfRenderer Renderer = new();

    public static byte[] Render(PdfDocumentModel model, PdfFontOptions? fonts = null)
    {
        using var stream = new MemoryStream();
        if (fonts is null)
        {
            Renderer.Render(model, stream);
        }
        else
        {
            using var renderer = new SkiaPdfRenderer(fonts);
            renderer.Render(model, stream);
        }

        return stream.ToArray();
    }

    public static PdfDocument Open(byte[] pdf) => PdfDocument.Open(pdf);

    /// <summary>The page's text as lines: words on one baseline, left to right, joined by single spaces.</summary>
    public static List<string> Lines(Page page) =>
        [.. page.GetWords()
            .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 0))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))];

    /// <summary>Letters above the top margin: where the page number belongs.</summary>
    public static string TopMarginText(Page page, PdfMargins margins) =>
        string.Concat(page.Letters
            .Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.StartBaseLine.Y > page.Height - (margins.TopMm * PointsPerMm))
            .Select(l => l.Value));

    public static string Pdffonts(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pdffonts-{Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            return Support.ExternalTool.Run("pdffonts", [path], TimeSpan.FromSeconds(30));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
