using System.Text;
using LearningSociety.Infrastructure.Exports.Pdf;
using UglyToad.PdfPig.Content;

namespace LearningSociety.UnitTests.Exports.Pdf;

public class ParagraphWrappingPdfTests
{
    private static readonly PdfMargins Margins = PdfMargins.Decree30;

    [Fact]
    public void Long_Vietnamese_paragraph_wraps_inside_the_margins_and_is_justified()
    {
        var pdf = PdfProbe.Render(new PdfDocumentModel([new PdfParagraph(SampleDocuments.LongParagraph)]));
        using var document = PdfProbe.Open(pdf);
        var page = document.GetPage(1);
        var letters = Visible(page);
        var left = Margins.LeftMm * PdfProbe.PointsPerMm;
        var right = page.Width - (Margins.RightMm * PdfProbe.PointsPerMm);

        Assert.All(letters, l => Assert.InRange(l.Location.X, left - 0.01, right));
        Assert.All(letters, l => Assert.InRange(l.EndBaseLine.X, left, right + 0.01));

        var lines = letters.GroupBy(l => Math.Round(l.Location.Y, 1)).OrderByDescending(g => g.Key).ToList();
        Assert.True(lines.Count >= 6, $"expected the paragraph to wrap, got {lines.Count} lines");

        // Justified: every line but the last ends at the right margin; the first is indented by 1 cm.
        Assert.All(lines.SkipLast(1), line => Assert.Equal(right, line.Max(l => l.EndBaseLine.X), 0.5));
        Assert.True(lines[^1].Max(l => l.EndBaseLine.X) < right - 20, "the last line must not be stretched");
        Assert.Equal(left + (72 / 2.54), lines[0].Min(l => l.Location.X), 0.5);
        Assert.All(lines.Skip(1), line => Assert.Equal(left, line.Min(l => l.Location.X), 0.5));
    }

    [Fact]
    public void Every_word_of_the_paragraph_reads_back_in_order()
    {
        var pdf = PdfProbe.Render(new PdfDocumentModel([new PdfParagraph(SampleDocuments.LongParagraph)]));
        using var document = PdfProbe.Open(pdf);

        Assert.Equal(SampleDocuments.LongParagraph, string.Join(' ', PdfProbe.Lines(document.GetPage(1))));
    }

    [Fact]
    public void Word_longer_than_a_line_is_cut_between_characters_inside_the_margins()
    {
        var url = "https://hoctap.longan.gov.vn/" + string.Concat(Enumerable.Repeat("bao-cao-tong-ket-xay-dung-xa-hoi-hoc-tap/", 6));
        var pdf = PdfProbe.Render(new PdfDocumentModel([new PdfParagraph(url) { FirstLineIndentCm = 0 }]));
        using var document = PdfProbe.Open(pdf);
        var page = document.GetPage(1);
        var right = page.Width - (Margins.RightMm * PdfProbe.PointsPerMm);

        var lines = PdfProbe.Lines(page);
        Assert.True(lines.Count >= 3, string.Join('\n', lines));
        Assert.Equal(url, string.Concat(lines));
        Assert.All(Visible(page), l => Assert.True(l.EndBaseLine.X <= right + 0.01, $"'{l.Value}' ends at {l.EndBaseLine.X}, margin {right}"));
    }

    [Fact]
    public void Decomposed_input_is_drawn_composed()
    {
        var decomposed = "Xây dựng xã hội học tập".Normalize(NormalizationForm.FormD);
        var pdf = PdfProbe.Render(new PdfDocumentModel([new PdfParagraph(decomposed)]));
        using var document = PdfProbe.Open(pdf);

        Assert.Equal(["Xây dựng xã hội học tập"], PdfProbe.Lines(document.GetPage(1)));
    }

    [Fact]
    public void Line_feed_starts_a_new_line_and_styles_read_back()
    {
        var paragraph = new PdfParagraph(
        [
            new PdfRun("Điều 1. ") { Bold = true },
            new PdfRun("Ban hành kế hoạch\nkèm theo ") ,
            new PdfRun("Quyết định này") { Italic = true, Underline = true },
        ]) { Alignment = PdfAlignment.Left, FirstLineIndentCm = 0 };
        var pdf = PdfProbe.Render(new PdfDocumentModel([paragraph]));
        using var document = PdfProbe.Open(pdf);
        var page = document.GetPage(1);

        Assert.Equal(["Điều 1. Ban hành kế hoạch", "kèm theo Quyết định này"], PdfProbe.Lines(page));
        var words = page.GetWords().ToList();
        Assert.Contains("Bold", words.Single(w => w.Text == "Điều").Letters[0].FontName, StringComparison.Ordinal);
        Assert.Contains("Italic", words.Single(w => w.Text == "Quyết").Letters[0].FontName, StringComparison.Ordinal);
        Assert.DoesNotContain("Bold", words.Single(w => w.Text == "kèm").Letters[0].FontName, StringComparison.Ordinal);
    }

    private static List<Letter> Visible(Page page) => [.. page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))];
}
