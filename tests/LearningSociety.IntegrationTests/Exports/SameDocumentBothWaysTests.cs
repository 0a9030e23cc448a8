using ClosedXML.Excel;
using LearningSociety.Infrastructure.Exports.Jobs;
using LearningSociety.IntegrationTests.Infrastructure;

namespace LearningSociety.IntegrationTests.Exports;

/// <summary>
/// The same consolidated report asked for directly and as a background job reads the same, word
/// for word and cell for cell, the report contents (narratives) included.
/// </summary>
public sealed class SameDocumentBothWaysTests(ConsolidatedPagesTests.Portal portal) : IClassFixture<ConsolidatedPagesTests.Portal>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_province_pdf_built_by_a_job_reads_as_the_direct_download(bool approvedOnly)
    {
        var reviewer = await portal.Factory.SignedInAsync("so.gddt@hoctap.local");
        var longAn = await portal.Factory.UnitIdAsync(Consolidations.LongAn);
        var direct = Downloads.Text(await reviewer.PdfAsync(Consolidations.Url("/Consolidated/Pdf", portal.CanDuocPeriod, longAn, approvedOnly)));
        var queued = Downloads.Text(await JobFileAsync(reviewer, ExportKind.ConsolidatedPdf, longAn, approvedOnly));

        Assert.Contains("V. NỘI DUNG BÁO CÁO THEO ĐỀ CƯƠNG", queued, StringComparison.Ordinal);
        Assert.Contains("đã triển khai kế hoạch", queued, StringComparison.Ordinal);
        Assert.Equal(direct, queued);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_province_workbook_built_by_a_job_has_the_cells_of_the_direct_download(bool approvedOnly)
    {
        var reviewer = await portal.Factory.SignedInAsync("so.gddt@hoctap.local");
        var longAn = await portal.Factory.UnitIdAsync(Consolidations.LongAn);
        using var direct = await reviewer.WorkbookAsync(Consolidations.Url("/Consolidated/Excel", portal.CanDuocPeriod, longAn, approvedOnly));
        using var queued = new XLWorkbook(new MemoryStream(await JobFileAsync(reviewer, ExportKind.ConsolidatedExcel, longAn, approvedOnly)));

        var narratives = Cells(queued.Worksheet("Nội dung báo cáo"));
        Assert.Contains(narratives, c => c.Value.Contains("đã triển khai kế hoạch", StringComparison.Ordinal));
        Assert.Equal(direct.Worksheets.Select(w => w.Name), queued.Worksheets.Select(w => w.Name));
        foreach (var sheet in direct.Worksheets)
        {
            Assert.Equal(Cells(sheet), Cells(queued.Worksheet(sheet.Name)));
        }
    }

    private async Task<byte[]> JobFileAsync(HttpClient client, ExportKind kind, int unitId, bool approvedOnly)
    {
        var id = await client.StartExportAsync(kind.ToString(), portal.CanDuocPeriod, unitId, approvedOnly);
        var last = (await client.WaitForExportAsync(id))[^1];
        Assert.Equal("done", last.State());
        return await client.GetByteArrayAsync(last.GetProperty("downloadUrl").GetString());
    }

    /// <summary>What a person reads in a sheet: each used cell's address, shown text and formula.</summary>
    private static List<(string Address, string Value, string Formula)> Cells(IXLWorksheet sheet) =>
        [.. sheet.CellsUsed().Select(c => (c.Address.ToString()!, c.GetFormattedString(), c.FormulaA1))];
}
