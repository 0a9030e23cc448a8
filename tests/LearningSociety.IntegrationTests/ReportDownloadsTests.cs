using System.Net;
using ClosedXML.Excel;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests;

/// <summary>One report as PDF and Excel, read back; its figures in the consolidated workbook; refused where the report is.</summary>
public sealed class ReportDownloadsTests(DownloadsPortal portal) : IClassFixture<DownloadsPortal>
{
    [Fact]
    public async Task The_report_pdf_is_an_official_report_of_the_commune_with_its_sections_tables_and_signature()
    {
        var (reportId, commune) = (portal.FreshReport, await portal.Factory.SignedInAsync(DownloadsPortal.FreshOfficer));
        var form = await ReportForm.ReadAsync(commune, reportId);
        var first = ReportForm.FirstNarrative(form);
        form[first] = "Đã tổ chức 12 lớp bồi dưỡng kỹ năng sống cho 480 người.";
        Assert.Equal(HttpStatusCode.Redirect, (await ReportForm.PostAsync(commune, reportId, form, "save")).StatusCode);
        var unit = await portal.Factory.WithDbAsync(db => db.Reports.Where(r => r.Id == reportId).Select(r => r.Agency!.Unit!.Name).SingleAsync());
        var place = unit["Xã ".Length..];

        var pdf = await commune.PdfAsync($"/Reports/Pdf/{reportId}");
        var text = Downloads.Text(pdf);
        // A People's Committee heads its documents without a managing body line.
        Assert.StartsWith("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM " + unit.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), text, StringComparison.Ordinal);
        Assert.DoesNotContain("UBND HUYỆN", text, StringComparison.Ordinal);
        Assert.Contains("Số: /BC-UBND", text, StringComparison.Ordinal);
        Assert.Contains($"{place}, ngày 05 tháng 12 năm 2024", text, StringComparison.Ordinal);
        Assert.Contains("BÁO CÁO Kết quả thực hiện Kế hoạch số …/KH-BCĐ năm 2024", text, StringComparison.Ordinal);

        var sections = ReportFormBuilderOutline();
        var at = sections.Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.All(at, i => Assert.True(i > 0));
        Assert.Equal(at.Order(), at);
        Assert.Contains("Đã tổ chức 12 lớp bồi dưỡng kỹ năng sống cho 480 người.", text, StringComparison.Ordinal);
        Assert.Contains("Biểu 1. Kết quả thực hiện nhiệm vụ", text, StringComparison.Ordinal);
        Assert.Contains("Biểu 2. Kết quả thực hiện chỉ tiêu", text, StringComparison.Ordinal);
        Assert.Contains("Mã Chỉ tiêu Tử số Mẫu số Kết quả", text, StringComparison.Ordinal);
        Assert.Contains("Chưa triển", text, StringComparison.Ordinal); // the derived task status
        Assert.Contains("Nơi nhận:", text, StringComparison.Ordinal);
        Assert.Contains("TM. ỦY BAN NHÂN DÂN", text, StringComparison.Ordinal);
        Assert.Contains("CHỦ TỊCH", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Biểu 2.", StringComparison.Ordinal) < text.IndexOf("Nơi nhận:", StringComparison.Ordinal));
        Downloads.AssertFontsEmbedded(pdf);
    }

    [Fact]
    public async Task Report_text_that_looks_like_a_formula_stays_text_in_the_workbook_and_figures_are_numbers()
    {
        var (reportId, commune) = (portal.FreshReport, await portal.Factory.SignedInAsync(DownloadsPortal.FreshOfficer));
        var form = await ReportForm.ReadAsync(commune, reportId);
        const string Injected = "=HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")";
        form[ReportForm.FirstNarrative(form)] = Injected;
        var done = form.Keys.FirstOrDefault(k => k.StartsWith("Tasks[", StringComparison.Ordinal) && k.EndsWith(".Done", StringComparison.Ordinal));
        if (done is not null)
        {
            form[done] = "=1+1";
        }

        var target = form.Keys.FirstOrDefault(k => k.StartsWith("Targets[", StringComparison.Ordinal) && k.EndsWith(".Numerator", StringComparison.Ordinal));
        if (target is not null)
        {
            form[target] = "1.030";
            form[target.Replace(".Numerator", ".Denominator", StringComparison.Ordinal)] = "2.060";
        }

        Assert.Equal(HttpStatusCode.Redirect, (await ReportForm.PostAsync(commune, reportId, form, "save")).StatusCode);

        using var book = await commune.WorkbookAsync($"/Reports/Excel/{reportId}");
        Assert.Equal(["Nhiệm vụ", "Chỉ tiêu", "Nội dung báo cáo"], book.Worksheets.Select(w => w.Name));
        var narrative = book.Worksheet("Nội dung báo cáo").CellsUsed().Single(c => c.GetString().StartsWith("=HYPERLINK", StringComparison.Ordinal));
        Assert.False(narrative.HasFormula);
        Assert.Equal(XLDataType.Text, narrative.DataType);
        Assert.True(narrative.Style.IncludeQuotePrefix);
        Assert.Equal(Injected, narrative.GetString());
        Assert.DoesNotContain(book.Worksheets.SelectMany(w => w.CellsUsed()), c => c.HasFormula);
        if (done is not null)
        {
            Assert.Contains(book.Worksheet("Nhiệm vụ").CellsUsed(), c => c.GetString() == "=1+1" && !c.HasFormula);
        }

        Assert.NotNull(target);
        var sheet = book.Worksheet("Chỉ tiêu");
        var header = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "Mã");
        var numerator = header.CellsUsed().Single(c => c.GetString() == "Tử số").Address.ColumnNumber;
        var row = sheet.RowsUsed().First(r => r.RowNumber() > header.RowNumber() && !r.Cell(numerator).IsEmpty());
        Assert.Equal(XLDataType.Number, row.Cell(numerator).DataType);
        Assert.Equal(1030m, row.Cell(numerator).GetValue<decimal>());
        Assert.Equal(2060m, row.Cell(numerator + 1).GetValue<decimal>());
    }

    [Fact]
    public async Task A_submitted_report_shows_in_the_consolidated_workbook_by_task_status_and_by_agency()
    {
        var commune = await portal.Factory.SignedInAsync(DownloadsPortal.SubmittingOfficer);
        var form = await ReportForm.ReadAsync(commune, portal.SubmittedReport);
        form[ReportForm.FirstNarrative(form)] = "Kết quả nộp để tổng hợp.";
        var progress = form.Keys.Where(k => k.StartsWith("Tasks[", StringComparison.Ordinal) && k.EndsWith(".Progress", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(progress);
        foreach (var key in progress)
        {
            form[key] = "Completed";
            form[key.Replace(".Progress", ".CompletedOn", StringComparison.Ordinal)] = "2024-11-30";
            form[key.Replace(".Progress", ".Percent", StringComparison.Ordinal)] = "100";
        }

        Assert.Equal(HttpStatusCode.Redirect, (await ReportForm.PostAsync(commune, portal.SubmittedReport, form, "submit")).StatusCode);
        var (agency, unitName) = await portal.Factory.WithDbAsync(async db =>
        {
            var r = await db.Reports.Where(x => x.Id == portal.SubmittedReport).Select(x => new { x.Agency!.Name, Unit = x.Agency.Unit!.Name, x.Status }).SingleAsync();
            Assert.Equal(Domain.Reporting.ReportStatus.Submitted, r.Status);
            return (r.Name, r.Unit);
        });

        var reviewer = await portal.Factory.SignedInAsync("phong.gddt.canduoc@hoctap.local");
        var canDuoc = await portal.Factory.UnitIdAsync(Consolidations.CanDuoc);
        var period = await portal.Factory.PeriodIdAsync("KH-BCĐ");
        using var book = await reviewer.WorkbookAsync(Consolidations.Url("/Consolidated/Excel", period, canDuoc));

        var byStatus = book.Worksheet("Nhiệm vụ theo tình trạng");
        var head = byStatus.RowsUsed().First(r => r.Cell(1).GetString() == "Số TT");
        var onTime = head.CellsUsed().Single(c => c.GetString() == "Hoàn thành đúng hạn").Address.ColumnNumber;
        var total = byStatus.RowsUsed().Last();
        Assert.Equal("Tổng cộng", total.Cell(1).GetString());
        Assert.Equal($"SUM({total.Cell(onTime).Address.ColumnLetter}{head.RowNumber() + 1}:{total.Cell(onTime).Address.ColumnLetter}{total.RowNumber() - 1})", total.Cell(onTime).FormulaA1);
        Assert.True(total.Cell(onTime).GetValue<int>() >= progress.Count);
        Assert.Equal(total.Cell(onTime).GetValue<int>(), book.Worksheet("Tổng hợp").Cell("Nhiệm vụ — Hoàn thành đúng hạn (lượt đơn vị)", "Tử số").GetValue<int>());

        var byAgency = book.Worksheet("Nhiệm vụ theo cơ quan");
        var mine = byAgency.RowsUsed().Where(r => r.Cell(3).GetString() == agency).ToList();
        Assert.Equal(progress.Count, mine.Count);
        Assert.All(mine, r => Assert.Equal("Hoàn thành đúng hạn", r.Cell(5).GetString()));
        Assert.All(mine, r => Assert.Equal(unitName, r.Cell(4).GetString()));
        Assert.Contains(book.Worksheet("Nội dung báo cáo").CellsUsed(), c => c.GetString() == "Kết quả nộp để tổng hợp.");

        // The PDF quotes the reporters under the outline's sections, the first few by name.
        var pdf = await reviewer.PdfAsync(Consolidations.Url("/Consolidated/Pdf", period, canDuoc));
        var text = Downloads.Text(pdf);
        Assert.Contains("V. NỘI DUNG BÁO CÁO THEO ĐỀ CƯƠNG Mục I. Kết quả đạt được", text, StringComparison.Ordinal);
        Assert.Matches(@"… và \d+ đơn vị khác \(xem tệp Excel", text);
        Assert.True(text.IndexOf("V. NỘI DUNG", StringComparison.Ordinal) < text.IndexOf("Nơi nhận:", StringComparison.Ordinal));
        Downloads.AssertFontsEmbedded(pdf);
    }

    [Theory]
    [InlineData("/Reports/Pdf/")]
    [InlineData("/Reports/Excel/")]
    public async Task A_report_the_user_may_not_see_is_not_found_as_a_download_either(string path)
    {
        var commune = await portal.Factory.SignedInAsync("xa.longhuudong@hoctap.local");
        var other = await portal.Factory.WithDbAsync(db => db.Reports.Where(r => r.Period!.Plan!.Number == "770").Select(r => r.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/Reports/Edit/{other}")).StatusCode);
        var response = await commune.GetAsync(path + other);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("spreadsheetml", response.Content.Headers.ContentType?.MediaType ?? "", StringComparison.Ordinal);
    }

    private static IEnumerable<string> ReportFormBuilderOutline() =>
        LearningSociety.Domain.Plans.ReportOutline.Default.Select(s => $"{s.Number}. {s.Title}");
}
