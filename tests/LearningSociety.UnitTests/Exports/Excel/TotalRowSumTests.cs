using ClosedXML.Excel;
using LearningSociety.Infrastructure.Exports.Excel;

namespace LearningSociety.UnitTests.Exports.Excel;

/// <summary>A total row asked to sum its column carries =SUM over exactly the body rows, never the titles or itself.</summary>
public class TotalRowSumTests
{
    private const int HeaderRow = 4;

    private static XLWorkbook Open(IEnumerable<IReadOnlyList<object?>> rows) =>
        new(new MemoryStream(ExcelSamples.Workbook(rows, [null, "Tổng cộng", ExcelSum.OfColumn, null, null, null])));

    [Fact]
    public void The_total_is_a_sum_formula_over_the_body_that_evaluates_to_its_rows()
    {
        using var book = Open(ExcelSamples.Rows);
        var sheet = book.Worksheet(1);
        var total = sheet.Cell(HeaderRow + ExcelSamples.Rows.Length + 1, 3);

        Assert.Equal($"SUM(C{HeaderRow + 1}:C{HeaderRow + ExcelSamples.Rows.Length})", total.FormulaA1);
        Assert.Equal(1030 + 2500 + 12, total.GetValue<double>());
        Assert.Equal("#,##0", total.Style.NumberFormat.Format);
        Assert.True(total.Style.Font.Bold);
        Assert.Equal("Tổng cộng", sheet.Cell(total.Address.RowNumber, 2).GetString());
        Assert.False(sheet.Cell(total.Address.RowNumber, 4).HasFormula);
    }

    [Fact]
    public void An_empty_table_totals_zero()
    {
        using var book = Open([]);
        var sheet = book.Worksheet(1);
        var total = sheet.RowsUsed().Last().Cell(3);

        Assert.Equal("Không có dữ liệu", sheet.Cell(HeaderRow + 1, 1).GetString());
        Assert.Equal(0, total.GetValue<double>());
    }
}
