using LearningSociety.Infrastructure.Exports.Pdf;

namespace LearningSociety.UnitTests.Exports.Pdf;

public class PageNumberPdfTests
{
    [Fact]
    public void Numbers_are_centred_in_the_top_margin_from_page_two()
    {
        var pdf = PdfProbe.Render(SampleDocuments.Report(new PdfParagraph("Trang đầu."), new PdfPageBreak(), new PdfParagraph("Trang hai."), new PdfPageBreak(), new PdfParagraph("Trang ba.")));
        using var document = PdfProbe.Open(pdf);
        var margins = PdfMargins.Decree30;

        Assert.Equal(3, document.NumberOfPages);
        Assert.Equal(string.Empty, PdfProbe.TopMarginText(document.GetPage(1), margins));
        Assert.Equal("2", PdfProbe.TopMarginText(document.GetPage(2), margins));
        Assert.Equal("3", PdfProbe.TopMarginText(document.GetPage(3), margins));

        var page = document.GetPage(2);
        var digit = page.Letters.Single(l => l.Value == "2" && l.StartBaseLine.Y > page.Height - (margins.TopMm * PdfProbe.PointsPerMm));
        Assert.Equal(page.Width / 2, (digit.StartBaseLine.X + digit.EndBaseLine.X) / 2, 0.5);
        Assert.Equal(13, digit.PointSize, 1);
    }

    [Fact]
    public void Page_break_on_an_empty_page_adds_no_blank_page()
    {
        var pdf = PdfProbe.Render(new PdfDocumentModel([new PdfPageBreak(), new PdfParagraph("Một"), new PdfPageBreak(), new PdfPageBreak(), new PdfParagraph("Hai"), new PdfPageBreak()]));
        using var document = PdfProbe.Open(pdf);

        Assert.Equal(2, document.NumberOfPages);
    }

    [Fact]
    public void Empty_document_is_one_blank_page()
    {
        var pdf = PdfProbe.Render(new PdfDocumentModel([]));
        using var document = PdfProbe.Open(pdf);

        Assert.Equal(1, document.NumberOfPages);
    }
}
