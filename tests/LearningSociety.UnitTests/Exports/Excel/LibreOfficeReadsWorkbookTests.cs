using System.Text;
using LearningSociety.Infrastructure.Exports.Excel;
using LearningSociety.UnitTests.Support;

namespace LearningSociety.UnitTests.Exports.Excel;

/// <summary>An independent spreadsheet program opens the file: proof that it is valid beyond ClosedXML's own reading.</summary>
public class LibreOfficeReadsWorkbookTests
{
    [RequiresToolFact("libreoffice", "libreoffice-calc")]
    public void LibreOffice_converts_the_workbook_to_csv_as_a_person_would_see_it()
    {
        var rows = LibreOfficeCsv.FirstSheet(ExcelSamples.Workbook());

        Assert.Equal("BÁO CÁO KẾT QUẢ XÂY DỰNG XÃ HỘI HỌC TẬP", rows[0][0]);
        Assert.Equal(["STT", "Đơn vị báo cáo", "Số người tham gia học tập", "Tỷ lệ đạt", "Ngày báo cáo", "Ghi chú"], rows[3]);
        var first = rows[4];
        Assert.Equal("1", first[0]);
        Assert.Equal("UBND xã Mỹ An", first[1]);
        Assert.Matches(@"^1[.,\u00a0 ]030$", first[2]);
        Assert.Matches(@"^40[.,]5\s?%$", first[3]);
        Assert.Equal("05/12/2026", first[4]);
        Assert.Equal(ExcelSamples.Hyperlink, first[5]);
        Assert.Equal("09/01/2026", rows[5][4]);
        Assert.Equal("+1 cộng thêm", rows[5][5]);
        Assert.Equal("-2 ghi chú", rows[6][5]);
        Assert.Equal("@Trung tâm", rows[7][1]);
        Assert.Equal(8, rows.Count);
    }

    /// <summary>The national workbook is written by <see cref="StreamingSheet"/>, not ClosedXML: LibreOffice must read it too.</summary>
    [RequiresToolFact("libreoffice", "libreoffice-calc")]
    public void LibreOffice_reads_a_streamed_sheet_with_its_numbers_and_quoted_text()
    {
        using var stream = new MemoryStream();
        StreamingSheet.Write(stream, new ExcelDocumentInfo("Thử", "Sở GD&ĐT", new DateTimeOffset(2024, 12, 5, 2, 0, 0, TimeSpan.Zero)), "Theo xã",
            ["SỐ LIỆU THEO XÃ", "Kỳ năm 2024"],
            [new ExcelColumn("Xã", Width: 24), new ExcelColumn("Đã nộp", ExcelColumnKind.Integer, 9), new ExcelColumn("Tỷ lệ", ExcelColumnKind.Percent, 10)],
            [["Xã Long Hựu Đông", 1030, 0.405m], ["=1+1", 2, null]]);

        var rows = LibreOfficeCsv.FirstSheet(stream.ToArray());

        Assert.Equal("SỐ LIỆU THEO XÃ", rows[0][0]);
        Assert.Equal(["Xã", "Đã nộp", "Tỷ lệ"], rows[3]);
        Assert.Equal("Xã Long Hựu Đông", rows[4][0]);
        Assert.Matches(@"^1[.,\u00a0 ]030$", rows[4][1]);
        Assert.Matches(@"^40[.,]5\s?%$", rows[4][2]);
        Assert.Equal("=1+1", rows[5][0]); // shown as typed, not computed to 2
        Assert.Equal("", rows[5][2]);
    }
}
