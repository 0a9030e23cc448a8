using ClosedXML.Excel;
using LearningSociety.Infrastructure.Exports.Excel;

namespace LearningSociety.UnitTests.Exports.Excel;

/// <summary>The streamed sheet, reopened with ClosedXML: it reads like a ClosedXML-written one and user text never becomes a formula.</summary>
public sealed class StreamingSheetTests
{
    private static XLWorkbook Write(IEnumerable<IReadOnlyList<object?>> rows)
    {
        var stream = new MemoryStream();
        StreamingSheet.Write(stream, new ExcelDocumentInfo("Thử", "Sở GD&ĐT", new DateTimeOffset(2024, 12, 5, 2, 0, 0, TimeSpan.Zero)), "Theo xã",
            ["SỐ LIỆU THEO XÃ", "Kỳ năm 2024"],
            [new ExcelColumn("Xã", Width: 24), new ExcelColumn("Đã nộp", ExcelColumnKind.Integer, 9), new ExcelColumn("Tỷ lệ", ExcelColumnKind.Percent, 10),
             new ExcelColumn("Tử số", ExcelColumnKind.Decimal) { NumberFormat = "#,##0.##" }],
            rows);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    [Fact]
    public void Header_frozen_filtered_widths_and_number_formats_survive_and_numbers_stay_numbers()
    {
        using var book = Write([["Xã Long Hựu Đông", 3, 0.405m, 1030.5m], ["Xã Mỹ Quý", 1, null, null]]);
        var sheet = book.Worksheet("Theo xã");
        Assert.Equal("SỐ LIỆU THEO XÃ", sheet.Cell(1, 1).GetString());
        Assert.Equal("Xã", sheet.Cell(4, 1).GetString());
        Assert.Equal(4, sheet.SheetView.SplitRow);
        Assert.Equal("A4:D6", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.InRange(sheet.Column(1).Width, 23, 25); // ClosedXML takes its font padding off when it reads
        Assert.Equal(3, sheet.Cell(5, 2).GetValue<int>());
        Assert.Equal(XLDataType.Number, sheet.Cell(5, 3).DataType);
        Assert.Equal(0.405, sheet.Cell(5, 3).GetDouble(), 6);
        Assert.Equal("0.0%", sheet.Cell(5, 3).Style.NumberFormat.Format);
        Assert.Equal("#,##0", sheet.Cell(5, 2).Style.NumberFormat.Format);
        Assert.Equal("#,##0.##", sheet.Cell(5, 4).Style.NumberFormat.Format);
        Assert.True(sheet.Cell(6, 3).IsEmpty()); // nothing received is an empty cell, never 0
        Assert.True(sheet.Cell(4, 1).Style.Font.Bold);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+1+1")]
    [InlineData("-2")]
    [InlineData("@SUM(A1)")]
    public void Text_that_looks_like_a_formula_is_stored_as_quoted_text(string text)
    {
        using var book = Write([[text, 1, null, null]]);
        var cell = book.Worksheet(1).Cell(5, 1);
        Assert.False(cell.HasFormula);
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.Equal(text, cell.GetString());
        Assert.True(cell.Style.IncludeQuotePrefix);
    }

    [Fact]
    public void Vietnamese_text_is_written_in_nfc_and_control_characters_are_dropped()
    {
        var decomposed = "Xã Mỹ Quý".Normalize(System.Text.NormalizationForm.FormD);
        using var book = Write([[decomposed + "\u0001", 1, null, null]]);
        Assert.Equal("Xã Mỹ Quý".Normalize(System.Text.NormalizationForm.FormC), book.Worksheet(1).Cell(5, 1).GetString());
    }
}
