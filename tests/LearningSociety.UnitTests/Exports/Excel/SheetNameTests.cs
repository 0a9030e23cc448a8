using ClosedXML.Excel;
using LearningSociety.Infrastructure.Exports.Excel;

namespace LearningSociety.UnitTests.Exports.Excel;

public class SheetNameTests
{
    [Fact]
    public void Names_are_cut_cleaned_and_numbered_when_repeated()
    {
        using var builder = new WorkbookBuilder(new ExcelDocumentInfo("T", "A", ExcelSamples.Created));

        var names = new[]
        {
            builder.AddSheet("Biểu 01/BC: Kết quả [2026] xây dựng xã hội học tập").Name,
            builder.AddSheet("Biểu 01/BC: Kết quả [2026] xây dựng xã hội học tập").Name,
            builder.AddSheet("???").Name,
        };

        Assert.Equal(["Biểu 01BC Kết quả 2026 xây dựng", "Biểu 01BC Kết quả 2026 xây (2)", "Trang tính"], names);
        using var workbook = new XLWorkbook(new MemoryStream(builder.ToArray()));
        Assert.Equal(names, workbook.Worksheets.Select(w => w.Name));
    }
}
