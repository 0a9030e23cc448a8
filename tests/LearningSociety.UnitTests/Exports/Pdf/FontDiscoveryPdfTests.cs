using LearningSociety.Infrastructure.Exports.Pdf;
using LearningSociety.Infrastructure.Exports.Pdf.Skia;
using LearningSociety.UnitTests.Support;

namespace LearningSociety.UnitTests.Exports.Pdf;

public class FontDiscoveryPdfTests
{
    [Fact]
    public void Missing_fonts_fail_with_a_Vietnamese_message_naming_the_folders()
    {
        var options = new PdfFontOptions { FontDirectories = ["/nonexistent/fonts"] };
        using var renderer = new SkiaPdfRenderer(options);

        var error = Assert.Throws<PdfFontNotFoundException>(() => renderer.Render(new PdfDocumentModel([new PdfParagraph("Xin chào")]), new MemoryStream()));
        Assert.Contains("Không tìm thấy phông chữ", error.Message, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/fonts", error.Message, StringComparison.Ordinal);
        Assert.Contains("fonts-liberation2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Liberation_Serif_is_preferred_by_default()
    {
        using var renderer = new SkiaPdfRenderer();

        Assert.Equal("Liberation Serif", renderer.FontFamily);
    }

    [RequiresFileFact("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "fonts-dejavu-core")]
    public void DejaVu_Serif_is_the_fallback_when_Liberation_is_absent()
    {
        var options = new PdfFontOptions { FontDirectories = ["/nonexistent/fonts", "/usr/share/fonts/truetype/dejavu"] };

        var pdf = PdfProbe.Render(new PdfDocumentModel([new PdfParagraph([new PdfRun("Độc lập - Tự do - Hạnh phúc") { Bold = true }])]), options);
        using var document = PdfProbe.Open(pdf);
        var page = document.GetPage(1);

        Assert.Equal(["Độc lập - Tự do - Hạnh phúc"], PdfProbe.Lines(page));
        Assert.All(page.Letters, l => Assert.Contains("DejaVuSerif-Bold", l.FontName, StringComparison.Ordinal));
    }

    [Fact]
    public void Whole_fonts_are_embedded_when_subsetting_is_off_and_text_reads_the_same()
    {
        var model = new PdfDocumentModel([new PdfParagraph(SampleDocuments.LongParagraph)]);

        var whole = PdfProbe.Render(model, new PdfFontOptions { SubsetFonts = false });
        var usual = PdfProbe.Render(model);

        using var wholeDocument = PdfProbe.Open(whole);
        using var usualDocument = PdfProbe.Open(usual);
        Assert.Equal(PdfProbe.Lines(usualDocument.GetPage(1)), PdfProbe.Lines(wholeDocument.GetPage(1)));
        Assert.True(whole.Length > 150_000, $"{whole.Length} bytes with the whole face embedded");
        if (SkiaPdfRenderer.SubsetsFonts)
        {
            Assert.True(usual.Length < whole.Length / 4, $"subset {usual.Length} bytes, whole {whole.Length}");
        }
    }
}
