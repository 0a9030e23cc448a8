using LearningSociety.Infrastructure.Exports.Pdf;

namespace LearningSociety.UnitTests.Exports.Pdf;

/// <summary>Characters the serif font has no glyph for (emoji) are drawn as a visible marker, never dropped.</summary>
public class MissingGlyphPdfTests
{
    [Fact]
    public void An_emoji_in_a_narrative_reads_back_as_the_marker()
    {
        var pdf = PdfProbe.Render(new PdfDocumentModel(
        [
            new PdfParagraph("Xã đạt chuẩn 🎉 năm nay, tuyên dương 👍🏽 gia đình học tập ❤️."),
            new PdfTable([new PdfTableColumn("Nội dung", 1)], [["Kết quả 😀 tốt"]]),
        ]));
        using var document = PdfProbe.Open(pdf);

        var text = string.Join('\n', PdfProbe.Lines(document.GetPage(1)));

        Assert.Contains("Xã đạt chuẩn □ năm nay, tuyên dương □ gia đình học tập □.", text, StringComparison.Ordinal);
        Assert.Contains("Kết quả □ tốt", text, StringComparison.Ordinal);
    }
}
