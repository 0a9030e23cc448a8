using System.Globalization;
using System.Net;
using System.Text;
using ClosedXML.Excel;
using LearningSociety.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace LearningSociety.IntegrationTests;

/// <summary>The leader's PDF and Excel downloads, reopened and checked against the consolidation the page shows.</summary>
public sealed class ConsolidatedDownloadsTests(ConsolidatedPagesTests.Portal portal) : IClassFixture<ConsolidatedPagesTests.Portal>
{
    private static string Nfc(string s) => s.Normalize(NormalizationForm.FormC);

    [Fact]
    public async Task The_pdf_is_an_official_report_with_the_pages_figures_and_a_vietnamese_file_name()
    {
        var leader = await portal.Factory.SignedInAsync("lanhdao@hoctap.local");
        var canDuoc = await portal.Factory.UnitIdAsync(Consolidations.CanDuoc);
        var api = await leader.ApiAsync(portal.CanDuocPeriod, canDuoc);
        var page = await leader.GetStringAsync(Consolidations.Url("/Consolidated", portal.CanDuocPeriod, canDuoc));

        var response = await leader.GetAsync(Consolidations.Url("/Consolidated/Pdf", portal.CanDuocPeriod, canDuoc));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Contains("Báo cáo tổng hợp - Huyện Cần Đước", Nfc(disposition?.FileNameStar ?? ""), StringComparison.Ordinal);
        Assert.True((disposition?.FileName ?? "").All(c => c < 128));

        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = Nfc(string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains("BÁO CÁO", text, StringComparison.Ordinal);
        Assert.Contains("Nơi nhận", text, StringComparison.Ordinal);
        // A district's report is dated from the district, named without its level word, and signed for the head of the office.
        Assert.Contains("Cần Đước, ngày 05 tháng 12 năm 2024", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Huyện Cần Đước, ngày", text, StringComparison.Ordinal);
        Assert.Contains("KT. TRƯỞNG PHÒNG", text, StringComparison.Ordinal);
        Assert.Contains("PHÓ TRƯỞNG PHÒNG", text, StringComparison.Ordinal);
        Assert.DoesNotContain("GIÁM ĐỐC", text, StringComparison.Ordinal);
        Assert.Contains("V. NỘI DUNG BÁO CÁO THEO ĐỀ CƯƠNG Mục I. Kết quả đạt được", text, StringComparison.Ordinal);
        Assert.Contains("đã triển khai kế hoạch", text, StringComparison.Ordinal);

        var child = api.GetProperty("children").EnumerateArray().First(c => c.GetProperty("unit").GetProperty("id").ValueKind == System.Text.Json.JsonValueKind.Number);
        var childName = child.GetProperty("unit").GetProperty("name").GetString()!;
        Assert.Contains(childName, text, StringComparison.Ordinal);
        Assert.Contains(childName, page, StringComparison.Ordinal);

        var received = api.Int("received").ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));
        var expected = api.Int("expected").ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));
        Assert.Contains($"{received}/{expected}", text, StringComparison.Ordinal);
        Assert.Contains($">{received}<", page, StringComparison.Ordinal);
    }

    /// <summary>A second reader, independent of ClosedXML, sees the same completeness as the page's API.</summary>
    [UnitTests.Support.RequiresToolFact("libreoffice", "libreoffice-calc-nogui")]
    public async Task LibreOffice_opens_the_consolidated_workbook_and_reads_the_completeness()
    {
        var reviewer = await portal.Factory.SignedInAsync("so.gddt@hoctap.local");
        var canDuoc = await portal.Factory.UnitIdAsync(Consolidations.CanDuoc);
        var api = await reviewer.ApiAsync(portal.CanDuocPeriod, canDuoc);

        var rows = UnitTests.Support.LibreOfficeCsv.FirstSheet(
            await reviewer.GetByteArrayAsync(Consolidations.Url("/Consolidated/Excel", portal.CanDuocPeriod, canDuoc)));

        Assert.Contains(rows, r => r.Length > 2 && r[0] == "Nội dung" && r[1] == "Tử số" && r[2] == "Mẫu số");
        var completeness = rows.Single(r => r[0].StartsWith("Tỷ lệ nộp báo cáo", StringComparison.Ordinal));
        Assert.Equal(api.Int("received").ToString(CultureInfo.InvariantCulture), completeness[1]);
        Assert.Equal(api.Int("expected").ToString(CultureInfo.InvariantCulture), completeness[2]);
    }

    [Fact]
    public async Task The_workbook_has_its_three_sheets_and_a_numerator_column_that_sums_to_the_pages_total()
    {
        var reviewer = await portal.Factory.SignedInAsync("so.gddt@hoctap.local");
        var canDuoc = await portal.Factory.UnitIdAsync(Consolidations.CanDuoc);
        var api = await reviewer.ApiAsync(portal.CanDuocPeriod, canDuoc);

        var response = await reviewer.GetAsync(Consolidations.Url("/Consolidated/Excel", portal.CanDuocPeriod, canDuoc));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var book = new XLWorkbook(stream);
        Assert.Equal(["Tổng hợp", "Theo đơn vị", "Chưa báo cáo", "Nhiệm vụ theo tình trạng", "Nhiệm vụ theo cơ quan", "Nội dung báo cáo"], book.Worksheets.Select(w => w.Name));

        var sheet = book.Worksheet("Theo đơn vị");
        var header = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "Đơn vị");
        Assert.Equal("Phải nộp", header.Cell(2).GetString());
        Assert.Equal("Đã nộp", header.Cell(3).GetString());
        var numerator = header.CellsUsed().First(c => c.GetString().EndsWith("tử số", StringComparison.Ordinal));
        var code = numerator.GetString().Split(' ')[0];
        var totalRow = sheet.RowsUsed().Last();
        Assert.Equal("Tổng cộng", totalRow.Cell(1).GetString());

        var body = Enumerable.Range(header.RowNumber() + 1, totalRow.RowNumber() - header.RowNumber() - 1);
        var column = numerator.Address.ColumnNumber;
        var sum = body.Sum(r => sheet.Cell(r, column).IsEmpty() ? 0m : sheet.Cell(r, column).GetValue<decimal>());
        Assert.Equal(api.Target(code).GetProperty("numerator").GetDecimal(), sum);
        Assert.Equal(sum, totalRow.Cell(column).GetValue<decimal>());
        Assert.StartsWith("SUM(", totalRow.Cell(column).FormulaA1, StringComparison.Ordinal);
        Assert.Equal(api.Int("received"), body.Sum(r => sheet.Cell(r, 3).GetValue<int>()));
        Assert.Equal(api.Int("received"), totalRow.Cell(3).GetValue<int>());
        Assert.Equal(header.RowNumber(), sheet.SheetView.SplitRow);

        var missing = book.Worksheet("Chưa báo cáo");
        Assert.Contains(missing.CellsUsed(), c => c.GetString() == "Người liên hệ");
        var stt = missing.RowsUsed().First(r => r.Cell(1).GetString() == "STT");
        Assert.Equal(api.Int("expected") - api.Int("received"), missing.RowsUsed().Count(r => r.RowNumber() > stt.RowNumber()));
        // "Địa bàn" reads as places ("Xã Long Cang, Huyện Cần Đước"), never as the portal's internal paths.
        var places = missing.RowsUsed().Where(r => r.RowNumber() > stt.RowNumber()).Select(r => r.Cell(3).GetString()).ToList();
        Assert.All(places, p => Assert.DoesNotContain("/", p, StringComparison.Ordinal));
        Assert.All(places, p => Assert.EndsWith("Huyện Cần Đước", p, StringComparison.Ordinal));
        Assert.Equal(XLPageOrientation.Landscape, missing.PageSetup.PageOrientation);
        Assert.Contains(book.Worksheet("Tổng hợp").CellsUsed(), c => c.GetString().StartsWith("Tỷ lệ nộp đúng hạn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_workbook_sums_by_formula_and_has_the_summary_and_the_narratives()
    {
        var reviewer = await portal.Factory.SignedInAsync("admin@hoctap.local");
        var thapMuoi = await portal.Factory.UnitIdAsync(Consolidations.ThapMuoi);
        var api = await reviewer.ApiAsync(portal.ThapMuoiPeriod, thapMuoi);
        using var book = await reviewer.WorkbookAsync(Consolidations.Url("/Consolidated/Excel", portal.ThapMuoiPeriod, thapMuoi));

        // Summary: completeness as a real percentage, numerator and denominator beside it.
        var summary = book.Worksheet("Tổng hợp");
        var completeness = summary.Cell("Tỷ lệ nộp báo cáo (đã nộp / phải nộp)", "Tỷ lệ");
        Assert.Equal("0.0%", completeness.Style.NumberFormat.Format);
        Assert.Equal((decimal)api.Int("received") / api.Int("expected"), completeness.GetValue<decimal>(), 6);
        Assert.Equal(api.Int("expected"), summary.Cell("Tỷ lệ nộp báo cáo (đã nộp / phải nộp)", "Mẫu số").GetValue<int>());
        Assert.Contains(summary.CellsUsed(), c => c.GetString().StartsWith("Nhiệm vụ — Hoàn thành đúng hạn", StringComparison.Ordinal));

        // Every count of the by-unit total row is a SUM of the rows above it.
        var byUnit = book.Worksheet("Theo đơn vị");
        var total = byUnit.RowsUsed().Last();
        Assert.Equal("Tổng cộng", total.Cell(1).GetString());
        Assert.All(total.CellsUsed().Skip(1), c => Assert.Matches(@"^SUM\([A-Z]+\d+:[A-Z]+\d+\)$", c.FormulaA1));
        Assert.Equal(api.Int("expected"), total.Cell(2).GetValue<int>());

        // The task sheets are there with their headers (their figures: DocumentDownloadsTests).
        Assert.Contains(book.Worksheet("Nhiệm vụ theo tình trạng").CellsUsed(), c => c.GetString() == "Đang thực hiện quá hạn");
        Assert.Contains(book.Worksheet("Nhiệm vụ theo cơ quan").CellsUsed(), c => c.GetString() == "Cơ quan, đơn vị báo cáo");

        // The narratives of the counted reports, as text.
        var narratives = book.Worksheet("Nội dung báo cáo");
        Assert.Contains(narratives.CellsUsed(), c => c.GetString().Contains("đã triển khai kế hoạch", StringComparison.Ordinal) && c.DataType == XLDataType.Text);
        Assert.Contains(narratives.CellsUsed(), c => c.GetString() == "Kết quả đạt được");
    }

    [Theory]
    [InlineData("/Consolidated")]
    [InlineData("/Consolidated/Pdf")]
    [InlineData("/Consolidated/Excel")]
    public async Task A_district_officer_asking_for_another_district_is_refused_as_on_the_page(string path)
    {
        var officer = await portal.Factory.SignedInAsync("phong.gddt.canduoc@hoctap.local");
        var thapMuoi = await portal.Factory.UnitIdAsync(Consolidations.ThapMuoi);
        var response = await officer.GetAsync(Consolidations.Url(path, portal.ThapMuoiPeriod, thapMuoi));
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound || response.RequestMessage?.RequestUri?.AbsolutePath.Contains("AccessDenied", StringComparison.OrdinalIgnoreCase) == true,
            $"{path}: {response.StatusCode} {response.RequestMessage?.RequestUri}");
        Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("spreadsheetml", response.Content.Headers.ContentType?.MediaType ?? "", StringComparison.Ordinal);
    }
}
