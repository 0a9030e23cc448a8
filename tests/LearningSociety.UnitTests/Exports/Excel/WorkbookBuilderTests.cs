using System.IO.Compression;
using ClosedXML.Excel;
using LearningSociety.Infrastructure.Exports.Excel;

namespace LearningSociety.UnitTests.Exports.Excel;

public class WorkbookBuilderTests
{
    // Two title lines, an empty row, then the header.
    private const int HeaderRow = 4;
    private static readonly byte[] File = ExcelSamples.Workbook(total: [null, "Tổng cộng", 3542, 0.6, null, null]);

    [Fact]
    public void Header_row_is_bold_wrapped_and_frozen_below_the_titles()
    {
        using var workbook = Open();
        var sheet = workbook.Worksheet("Báo cáo");

        Assert.Equal("BÁO CÁO KẾT QUẢ XÂY DỰNG XÃ HỘI HỌC TẬP", sheet.Cell(1, 1).GetString());
        Assert.True(sheet.Cell(1, 1).IsMerged());
        Assert.Equal(ExcelSamples.Columns.Select(c => c.Header), sheet.Row(HeaderRow).Cells(1, 6).Select(c => c.GetString()));
        Assert.All(sheet.Row(HeaderRow).Cells(1, 6), c =>
        {
            Assert.True(c.Style.Font.Bold);
            Assert.True(c.Style.Alignment.WrapText);
        });
        Assert.Equal(HeaderRow, sheet.SheetView.SplitRow);
    }

    [Fact]
    public void Values_are_typed_with_formats_Excel_localises()
    {
        using var workbook = Open();
        var sheet = workbook.Worksheet(1);
        var first = HeaderRow + 1;

        Assert.Equal(XLDataType.Number, sheet.Cell(first, 3).DataType);
        Assert.Equal(1030, sheet.Cell(first, 3).GetDouble());
        Assert.Equal("#,##0", sheet.Cell(first, 3).Style.NumberFormat.Format);
        Assert.Equal(0.405, sheet.Cell(first, 4).GetDouble(), 10);
        Assert.Equal("0.0%", sheet.Cell(first, 4).Style.NumberFormat.Format);
        Assert.Equal(XLDataType.DateTime, sheet.Cell(first, 5).DataType);
        Assert.Equal(new DateTime(2026, 12, 5), sheet.Cell(first, 5).GetDateTime());
        Assert.Equal("dd/mm/yyyy", sheet.Cell(first, 5).Style.NumberFormat.Format);
        Assert.Equal("UBND xã Mỹ An", sheet.Cell(first, 2).GetString());
    }

    [Fact]
    public void Instants_become_the_day_in_Vietnam_and_empty_values_stay_empty()
    {
        using var workbook = Open();
        var sheet = workbook.Worksheet(1);

        // 20:00 UTC on 28 February is already 1 March in Vietnam.
        Assert.Equal(new DateTime(2026, 3, 1, 3, 0, 0), sheet.Cell(HeaderRow + 3, 5).GetDateTime());
        Assert.True(sheet.Cell(HeaderRow + 4, 3).IsEmpty());
        Assert.True(sheet.Cell(HeaderRow + 4, 5).IsEmpty());
    }

    [Fact]
    public void Autofilter_covers_header_and_body_but_not_the_total()
    {
        using var workbook = Open();
        var sheet = workbook.Worksheet(1);

        Assert.Equal($"A{HeaderRow}:F{HeaderRow + 4}", sheet.AutoFilter.Range.RangeAddress.ToString());
        var total = sheet.Row(HeaderRow + 5);
        Assert.Equal("Tổng cộng", total.Cell(2).GetString());
        Assert.True(total.Cell(3).Style.Font.Bold);
    }

    [Fact]
    public void Rows_with_wrapped_text_are_given_room_for_their_lines()
    {
        var note = string.Join(' ', Enumerable.Repeat("Tổ chức các lớp xóa mù chữ cho người lớn tuổi", 3));
        using var workbook = new XLWorkbook(new MemoryStream(ExcelSamples.Workbook(rows: [[1, "Xã Mỹ An", 1, 1.0, null, note], [2, "Xã B", 2, 1.0, null, "ngắn"]])));
        var sheet = workbook.Worksheet(1);

        // "Số người tham gia học tập" needs two lines in a 16-wide column; the note needs four in 45.
        Assert.True(sheet.Row(HeaderRow).Height >= 2 * 15, $"header height {sheet.Row(HeaderRow).Height}");
        Assert.True(sheet.Row(HeaderRow + 1).Height >= 3 * 15, $"row height {sheet.Row(HeaderRow + 1).Height}");
        Assert.True(sheet.Row(HeaderRow + 2).Height < 20, $"row height {sheet.Row(HeaderRow + 2).Height}");
    }

    [Fact]
    public void Column_widths_are_the_ones_asked_for()
    {
        using var workbook = Open();
        var sheet = workbook.Worksheet(1);

        Assert.Equal(ExcelSamples.Columns.Select(c => c.Width!.Value), Enumerable.Range(1, 6).Select(i => Math.Round(sheet.Column(i).Width, 2)));
    }

    [Fact]
    public void Prints_A4_landscape_one_page_wide_with_the_header_repeated()
    {
        using var workbook = Open();
        var setup = workbook.Worksheet(1).PageSetup;

        Assert.Equal(XLPaperSize.A4Paper, setup.PaperSize);
        Assert.Equal(XLPageOrientation.Landscape, setup.PageOrientation);
        Assert.Equal(1, setup.PagesWide);
        Assert.Equal(0, setup.PagesTall);
        Assert.Equal(HeaderRow, setup.FirstRowToRepeatAtTop);
        Assert.Equal(HeaderRow, setup.LastRowToRepeatAtTop);
    }

    [Fact]
    public void Document_properties_name_the_department()
    {
        using var workbook = Open();
        var properties = workbook.Properties;

        Assert.Equal("Báo cáo kết quả xây dựng xã hội học tập", properties.Title);
        Assert.Equal("Nguyễn Văn An", properties.Author);
        Assert.Equal("Xây dựng xã hội học tập năm 2026", properties.Subject);
        Assert.Equal("Sở Giáo dục và Đào tạo", properties.Company);
        Assert.Equal(ExcelSamples.Created.UtcDateTime, properties.Created.ToUniversalTime());
    }

    [Fact]
    public void Formula_looking_user_text_stays_a_literal_string()
    {
        using var workbook = Open();
        var sheet = workbook.Worksheet(1);
        var cell = sheet.Cell(HeaderRow + 1, 6);

        Assert.Equal(ExcelSamples.Hyperlink, cell.GetString());
        Assert.False(cell.HasFormula);
        Assert.Equal(string.Empty, cell.FormulaA1);
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.True(cell.Style.IncludeQuotePrefix);
        Assert.Equal("@Trung tâm", sheet.Cell(HeaderRow + 4, 2).GetString());
        Assert.True(sheet.Cell(HeaderRow + 4, 2).Style.IncludeQuotePrefix);
        Assert.Equal("\tbắt đầu bằng tab", sheet.Cell(HeaderRow + 4, 6).GetString());
    }

    [Fact]
    public void Sheet_xml_holds_no_formula_at_all()
    {
        using var zip = new ZipArchive(new MemoryStream(File));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = reader.ReadToEnd();

        Assert.DoesNotMatch("<(x:)?f[ >]", xml);
    }

    [Fact]
    public void Empty_table_keeps_its_header_and_says_there_is_no_data()
    {
        using var workbook = new XLWorkbook(new MemoryStream(ExcelSamples.Workbook(rows: [])));
        var sheet = workbook.Worksheet(1);

        Assert.Equal("STT", sheet.Cell(HeaderRow, 1).GetString());
        Assert.Equal("Không có dữ liệu", sheet.Cell(HeaderRow + 1, 1).GetString());
        Assert.Equal($"A{HeaderRow}:F{HeaderRow}", sheet.AutoFilter.Range.RangeAddress.ToString());
    }

    [Fact]
    public void Row_with_more_values_than_columns_is_refused()
    {
        using var builder = new WorkbookBuilder(new ExcelDocumentInfo("T", "A", ExcelSamples.Created));
        var sheet = builder.AddSheet("A");

        Assert.Throws<ArgumentException>(() => sheet.WriteTable([new ExcelColumn("STT")], [[1, 2]]));
    }

    private static XLWorkbook Open() => new(new MemoryStream(File));
}
