using System.Net;
using System.Text;
using ClosedXML.Excel;
using LearningSociety.Infrastructure.Exports.Jobs;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace LearningSociety.IntegrationTests.Exports;

/// <summary>A province's export asked for from its page, run in the background, followed and downloaded by its owner only.</summary>
public sealed class BackgroundExportTests(ConsolidatedPagesTests.Portal portal) : IClassFixture<ConsolidatedPagesTests.Portal>
{
    private static string Nfc(string s) => s.Normalize(NormalizationForm.FormC);

    [Fact]
    public async Task A_province_excel_asked_from_the_page_progresses_to_a_file_with_the_pages_figures()
    {
        var reviewer = await portal.Factory.SignedInAsync("so.gddt@hoctap.local");
        var longAn = await portal.Factory.UnitIdAsync(Consolidations.LongAn);
        var page = Consolidations.Url("/Consolidated", portal.CanDuocPeriod, longAn);
        var html = await reviewer.GetStringAsync(page);
        Assert.Contains("action=\"/Exports\"", html, StringComparison.Ordinal); // a province goes through a job…
        Assert.DoesNotContain("href=\"/Consolidated/Excel?", html, StringComparison.Ordinal); // …not the direct download

        var id = await reviewer.StartExportAsync(nameof(ExportKind.ConsolidatedExcel), portal.CanDuocPeriod, longAn, formPage: page);
        var show = await reviewer.GetStringAsync($"/Exports/{id}");
        Assert.Contains("<progress", show, StringComparison.Ordinal);
        Assert.Matches(@"/js/export-job(\.\w+)?\.js", show); // fingerprinted by MapStaticAssets
        Assert.Contains("Báo cáo tổng hợp (Excel) · Tỉnh Long An", Nfc(show), StringComparison.Ordinal);

        var seen = await reviewer.WaitForExportAsync(id);
        Assert.Equal("done", seen[^1].State());
        Assert.Equal(100, seen[^1].GetProperty("progress").GetInt32());
        Assert.All(seen.Zip(seen.Skip(1)), p => Assert.True(p.Second.GetProperty("progress").GetInt32() >= p.First.GetProperty("progress").GetInt32()));
        var url = seen[^1].GetProperty("downloadUrl").GetString()!;

        var response = await reviewer.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tỉnh Long An", Nfc(response.Content.Headers.ContentDisposition?.FileNameStar ?? ""), StringComparison.Ordinal);
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var api = await reviewer.ApiAsync(portal.CanDuocPeriod, longAn);
        var total = book.Worksheet("Theo đơn vị").RowsUsed().Last();
        Assert.Equal("Tổng cộng", total.Cell(1).GetString());
        Assert.Equal(api.Int("expected"), total.Cell(2).GetValue<int>());
        Assert.Equal(api.Int("received"), total.Cell(3).GetValue<int>());

        var list = await reviewer.GetStringAsync("/Exports");
        Assert.Contains("Tệp xuất của tôi", list, StringComparison.Ordinal);
        Assert.Contains(url, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_province_pdf_reopens_as_the_official_report_and_only_its_owner_can_see_or_download_it()
    {
        var reviewer = await portal.Factory.SignedInAsync("so.gddt@hoctap.local");
        var longAn = await portal.Factory.UnitIdAsync(Consolidations.LongAn);
        var id = await reviewer.StartExportAsync(nameof(ExportKind.ConsolidatedPdf), portal.CanDuocPeriod, longAn, approvedOnly: true);
        var last = (await reviewer.WaitForExportAsync(id))[^1];
        Assert.Equal("done", last.State());
        var bytes = await reviewer.GetByteArrayAsync(last.GetProperty("downloadUrl").GetString());
        using (var pdf = PdfDocument.Open(bytes))
        {
            var text = Nfc(string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));
            Assert.Contains("BÁO CÁO", text, StringComparison.Ordinal);
            Assert.Contains("Chỉ tính số liệu đã duyệt", text, StringComparison.Ordinal);
        }

        // The leader of the same province, and an administrator, are other users: the job does not exist for them.
        foreach (var other in new[] { "lanhdao@hoctap.local", "admin@hoctap.local" })
        {
            var client = await portal.Factory.SignedInAsync(other);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Exports/{id}/File")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Exports/{id}/Status")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Exports/{id}")).StatusCode);
            Assert.DoesNotContain($"/Exports/{id}/File", await client.GetStringAsync("/Exports"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_user_outside_the_scope_cannot_create_a_job_and_nothing_is_stored()
    {
        var district = await portal.Factory.SignedInAsync("phong.gddt.canduoc@hoctap.local");
        var longAn = await portal.Factory.UnitIdAsync(Consolidations.LongAn);
        var thapMuoi = await portal.Factory.UnitIdAsync(Consolidations.ThapMuoi);
        var before = await portal.Factory.WithDbAsync(db => db.ExportJobs.CountAsync());

        Refused(await district.RequestExportAsync(nameof(ExportKind.ConsolidatedExcel), portal.CanDuocPeriod, longAn));
        Refused(await district.RequestExportAsync(nameof(ExportKind.CommuneWorkbook), portal.CanDuocPeriod, thapMuoi));
        Refused(await district.RequestExportAsync(nameof(ExportKind.CommuneWorkbook), portal.CanDuocPeriod, null)); // national: administrators only
        var commune = await portal.Factory.SignedInAsync("xa.longhuudong@hoctap.local");
        var canDuoc = await portal.Factory.UnitIdAsync(Consolidations.CanDuoc);
        Refused(await commune.RequestExportAsync(nameof(ExportKind.ConsolidatedPdf), portal.CanDuocPeriod, canDuoc, formPage: "/"));
        Assert.Equal(before, await portal.Factory.WithDbAsync(db => db.ExportJobs.CountAsync()));
    }

    /// <summary>As the page refuses: to the "access denied" page.</summary>
    private static void Refused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
