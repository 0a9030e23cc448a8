using System.Net;
using ClosedXML.Excel;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Exports.Jobs;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests.Exports;

/// <summary>The national workbook (one row per commune), reopened and compared with the commune's own consolidation.</summary>
public sealed class NationalWorkbookTests(ConsolidatedPagesTests.Portal portal) : IClassFixture<ConsolidatedPagesTests.Portal>
{
    [Fact]
    public async Task Every_reporting_commune_is_one_row_with_the_figures_of_its_own_consolidation()
    {
        var admin = await portal.Factory.SignedInAsync("admin@hoctap.local");
        var period = portal.CanDuocPeriod;
        var id = await admin.StartExportAsync(nameof(ExportKind.CommuneWorkbook), period, null);
        var last = (await admin.WaitForExportAsync(id))[^1];
        Assert.Equal("done", last.State());
        var response = await admin.GetAsync(last.GetProperty("downloadUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = book.Worksheet("Theo xã");
        const int header = 4;
        Assert.Equal("Xã, phường, thị trấn", sheet.Cell(header, 4).GetString());
        Assert.Equal(header, sheet.SheetView.SplitRow);
        Assert.NotNull(sheet.AutoFilter.Range);

        // One row per commune that reports in the period.
        var communes = await portal.Factory.WithDbAsync(db => db.Reports.Where(r => r.PeriodId == period && r.Unit!.Level == UnitLevel.Commune)
            .Select(r => r.UnitId).Distinct().CountAsync());
        var rows = Enumerable.Range(header + 1, sheet.LastRowUsed()!.RowNumber() - header).Select(sheet.Row).ToList();
        Assert.True(communes > 1);
        Assert.Equal(communes, rows.Count);
        Assert.Equal(communes, rows.Select(r => r.Cell(3).GetString() + "/" + r.Cell(4).GetString()).Distinct().Count());

        // A commune that has reported, compared figure by figure with /api/consolidated for that commune.
        var canDuoc = await admin.ApiAsync(period, await portal.Factory.UnitIdAsync(Consolidations.CanDuoc));
        var sample = canDuoc.GetProperty("children").EnumerateArray()
            .First(c => c.GetProperty("unit").GetProperty("id").ValueKind == System.Text.Json.JsonValueKind.Number && c.Int("received") > 0 && c.GetProperty("targets").GetArrayLength() > 0);
        var api = await admin.ApiAsync(period, sample.GetProperty("unit").GetProperty("id").GetInt32());
        var name = api.GetProperty("unit").GetProperty("name").GetString();
        var row = rows.Single(r => r.Cell(4).GetString() == name && r.Cell(3).GetString() == "Huyện Cần Đước");
        Assert.Equal("Tỉnh Long An", row.Cell(2).GetString());
        Assert.Equal(api.Int("expected"), row.Cell(6).GetValue<int>());
        Assert.Equal(api.Int("received"), row.Cell(7).GetValue<int>());
        Assert.Equal(api.Int("onTime"), row.Cell(8).GetValue<int>());
        Assert.Equal(api.GetProperty("completeness").GetDecimal(), Math.Round(row.Cell(9).GetValue<decimal>() * 100, 2));
        var headers = sheet.Row(header).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        var compared = 0;
        foreach (var target in api.GetProperty("targets").EnumerateArray().Where(t => t.GetProperty("value").ValueKind == System.Text.Json.JsonValueKind.Number))
        {
            var code = target.GetProperty("code").GetString();
            Assert.Equal(target.GetProperty("numerator").GetDecimal(), row.Cell(headers[$"{code} — tử số"]).GetValue<decimal>());
            Assert.Equal(target.GetProperty("denominator").GetDecimal(), row.Cell(headers[$"{code} — mẫu số"]).GetValue<decimal>());
            var value = row.Cell(headers[$"{code} — kết quả"]).GetValue<decimal>();
            var shown = target.GetProperty("kind").GetString() is "Count" or "Level" ? value : value * 100;
            Assert.Equal(target.GetProperty("value").GetDecimal(), Math.Round(shown, 2, MidpointRounding.AwayFromZero));
            compared++;
        }

        Assert.True(compared > 0);
    }
}
