using System.Globalization;
using LearningSociety.Infrastructure.Exports.Pdf;

namespace LearningSociety.UnitTests.Exports.Pdf;

public class TableAcrossPagesPdfTests
{
    private static readonly byte[] LongTable = PdfProbe.Render(new PdfDocumentModel(
        [new PdfHeading("DANH SÁCH TRUNG TÂM HỌC TẬP CỘNG ĐỒNG"), SampleDocuments.Table(120) with { TotalRow = ["", "Tổng cộng", "127.260", "40,5%"] }]));

    [Fact]
    public void Table_of_120_rows_spans_pages_with_the_header_on_each()
    {
        using var document = PdfProbe.Open(LongTable);

        Assert.True(document.NumberOfPages >= 3, $"{document.NumberOfPages} pages");
        foreach (var page in document.GetPages())
        {
            var lines = PdfProbe.Lines(page);
            Assert.Contains("STT Đơn vị Số người học Tỷ lệ", lines);
        }
    }

    [Fact]
    public void Every_row_appears_exactly_once_in_order_and_the_total_comes_last()
    {
        using var document = PdfProbe.Open(LongTable);
        var rows = document.GetPages().SelectMany(PdfProbe.Lines)
            .Where(l => l.Contains("Trung tâm học tập cộng đồng xã số", StringComparison.Ordinal))
            .ToList();

        var expected = Enumerable.Range(1, 120).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"{i} Trung tâm học tập cộng đồng xã số {i} {1000 + i:#,##0} 40,5%").Replace(",", ".", StringComparison.Ordinal).Replace("40.5%", "40,5%", StringComparison.Ordinal));
        Assert.Equal(expected, rows);

        var lastPage = PdfProbe.Lines(document.GetPage(document.NumberOfPages));
        Assert.Equal("Tổng cộng 127.260 40,5%", lastPage[^1]);
    }

    [Fact]
    public void Rows_stay_above_the_bottom_margin()
    {
        using var document = PdfProbe.Open(LongTable);
        var bottom = PdfMargins.Decree30.BottomMm * PdfProbe.PointsPerMm;

        foreach (var page in document.GetPages())
        {
            // A baseline this high leaves room for descenders and the cell padding above the margin.
            Assert.All(page.Letters, l => Assert.True(l.StartBaseLine.Y >= bottom + 4, $"'{l.Value}' at {l.StartBaseLine.Y} on page {page.Number}"));
        }
    }

    [Fact]
    public void Empty_table_prints_its_header_and_says_there_is_no_data()
    {
        var pdf = PdfProbe.Render(new PdfDocumentModel([SampleDocuments.Table(0)]));
        using var document = PdfProbe.Open(pdf);

        Assert.Equal(["STT Đơn vị Số người học Tỷ lệ", "Không có dữ liệu"], PdfProbe.Lines(document.GetPage(1)));
    }

    [Fact]
    public void Long_cell_text_wraps_inside_its_column()
    {
        var text = string.Join(' ', Enumerable.Repeat("Tuyên truyền, phổ biến về xây dựng xã hội học tập", 4));
        var table = new PdfTable([new PdfTableColumn("STT", 1), new PdfTableColumn("Nhiệm vụ", 3)], [["1", text]]);
        var pdf = PdfProbe.Render(new PdfDocumentModel([table]));
        using var document = PdfProbe.Open(pdf);
        var page = document.GetPage(1);
        var left = PdfMargins.Decree30.LeftMm * PdfProbe.PointsPerMm;
        var columnStart = left + ((page.Width - left - (PdfMargins.Decree30.RightMm * PdfProbe.PointsPerMm)) / 4);

        var words = page.GetWords().Where(w => w.Text != "STT" && w.Text != "1" && w.Text != "Nhiệm" && w.Text != "vụ").ToList();
        Assert.True(words.Select(w => Math.Round(w.Letters[0].StartBaseLine.Y)).Distinct().Count() >= 2, "the cell should wrap");
        Assert.All(words, w => Assert.True(w.Letters[0].StartBaseLine.X > columnStart, $"'{w.Text}' crosses into the first column"));
        Assert.Equal(text, string.Join(' ', words.OrderByDescending(w => Math.Round(w.Letters[0].StartBaseLine.Y)).ThenBy(w => w.BoundingBox.Left).Select(w => w.Text)));
    }

    [Fact]
    public void Row_taller_than_a_page_is_split_with_the_header_repeated()
    {
        var text = string.Join('\n', Enumerable.Range(1, 80).Select(i => string.Create(CultureInfo.InvariantCulture, $"Dòng {i}")));
        var table = new PdfTable([new PdfTableColumn("STT", 1), new PdfTableColumn("Nội dung", 4)], [["1", text], ["2", "Dòng cuối"]]);
        var pdf = PdfProbe.Render(new PdfDocumentModel([table]));
        using var document = PdfProbe.Open(pdf);

        Assert.Equal(2, document.NumberOfPages);
        var lines = document.GetPages().SelectMany(PdfProbe.Lines).ToList();
        Assert.Equal(2, lines.Count(l => l == "STT Nội dung"));
        Assert.Equal(1, lines.Count(l => l == "2")); // the page number of page 2
        var expected = Enumerable.Range(1, 80).Select(i => string.Create(CultureInfo.InvariantCulture, $"Dòng {i}")).ToList();
        expected[0] = "1 Dòng 1";
        Assert.Equal([.. expected, "2 Dòng cuối"], lines.Where(l => l is not ("STT Nội dung" or "2")));
    }

    [Fact]
    public void Row_with_more_cells_than_columns_is_refused()
    {
        var table = new PdfTable([new PdfTableColumn("STT")], [["1", "thừa"]]);

        var error = Assert.Throws<ArgumentException>(() => PdfProbe.Render(new PdfDocumentModel([table])));
        Assert.Contains("nhiều hơn 1 cột", error.Message, StringComparison.Ordinal);
    }
}
