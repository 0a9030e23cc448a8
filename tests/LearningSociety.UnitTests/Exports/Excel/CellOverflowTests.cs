using ClosedXML.Excel;
using LearningSociety.Infrastructure.Exports.Excel;

namespace LearningSociety.UnitTests.Exports.Excel;

/// <summary>A text longer than a cell continues in the rows below; its numbers are written, and summed, once.</summary>
public class CellOverflowTests
{
    [Fact]
    public void A_text_over_the_cell_limit_continues_below_with_its_row_texts_repeated_and_its_numbers_once()
    {
        var text = string.Concat(Enumerable.Repeat("Người dân tham gia học tập suốt đời. ", 2_000)) + "😀 hết";
        var rows = new IReadOnlyList<object?>[] { [1, "UBND xã Mỹ An", 1030, null, null, text], [2, "UBND xã Thạnh Lợi", 2500, null, null, "ngắn"] };
        using var book = new XLWorkbook(new MemoryStream(ExcelSamples.Workbook(rows, [null, "Tổng cộng", ExcelSum.OfColumn, null, null, null])));
        var sheet = book.Worksheet(1);

        var parts = sheet.Column(6).CellsUsed().Where(c => c.GetString().Contains("học tập suốt đời", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, parts.Count);
        Assert.All(parts, p => Assert.InRange(p.GetString().Length, 1, CellOverflow.CellLimit));
        Assert.All(parts, p => Assert.Equal("UBND xã Mỹ An", sheet.Cell(p.Address.RowNumber, 2).GetString()));
        Assert.Equal([1030.0, 0, 0], parts.Select(p => sheet.Cell(p.Address.RowNumber, 3).IsEmpty() ? 0 : sheet.Cell(p.Address.RowNumber, 3).GetValue<double>()));
        Assert.EndsWith(CellOverflow.Continues, parts[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith(CellOverflow.ContinuedPrefix(3, 3), parts[2].GetString(), StringComparison.Ordinal);
        Assert.EndsWith("😀 hết", parts[2].GetString(), StringComparison.Ordinal);
        Assert.Equal(1030 + 2500, sheet.RowsUsed().Last().Cell(3).GetValue<double>());
    }
}
