using System.Net;
using ClosedXML.Excel;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests;

/// <summary>The plan's "Bảng phân công nhiệm vụ" as PDF and Excel, read back, and refused where the plan is.</summary>
public sealed class PlanDownloadsTests(DownloadsPortal portal) : IClassFixture<DownloadsPortal>
{
    [Fact]
    public async Task The_assignment_pdf_is_the_plans_appendix_in_landscape_with_the_header_on_every_page()
    {
        var commune = await portal.Factory.SignedInAsync("xa.longhuudong@hoctap.local");
        var pdf = await commune.PdfAsync($"/Plans/AssignmentsPdf/{await portal.PlanAsync("129")}");

        var pages = Downloads.PageTexts(pdf);
        var text = string.Join(' ', pages);
        Assert.StartsWith("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH LONG AN Độc lập - Tự do - Hạnh phúc", text, StringComparison.Ordinal);
        Assert.Contains("Số: 129/KH-UBND", text, StringComparison.Ordinal);
        Assert.Contains("Long An, ngày 02 tháng 6 năm 2020", text, StringComparison.Ordinal);
        Assert.Contains("PHỤ LỤC BẢNG PHÂN CÔNG NHIỆM VỤ (Kèm theo Kế hoạch số 129/KH-UBND ngày 02/06/2020 của Ủy ban nhân dân tỉnh Long An)", text, StringComparison.Ordinal);
        Assert.Contains("hoàn thành trong quý II", text, StringComparison.Ordinal);
        Assert.Contains("năm 2020 (30/06/2020)", text, StringComparison.Ordinal); // the wording, then the date it resolves to
        Assert.Contains("II.1.1", text, StringComparison.Ordinal);
        Assert.Contains("Sở Giáo dục và Đào tạo", text, StringComparison.Ordinal);

        Assert.True(pages.Count > 1, "the table should run over several pages");
        Assert.All(pages, p => Assert.Contains("STT Nội dung nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời hạn", p, StringComparison.Ordinal));
        using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.All(doc.GetPages(), p => Assert.True(p.Width > p.Height, "A4 landscape"));
        Downloads.AssertFontsEmbedded(pdf);
    }

    [Fact]
    public async Task The_assignment_workbook_has_the_deadline_as_written_and_as_a_date_and_target_values_as_numbers()
    {
        var commune = await portal.Factory.SignedInAsync("xa.longhuudong@hoctap.local");
        using var book = await commune.WorkbookAsync($"/Plans/AssignmentsExcel/{await portal.PlanAsync("770")}");
        Assert.Equal(["Phân công nhiệm vụ", "Chỉ tiêu"], book.Worksheets.Select(w => w.Name));

        var tasks = book.Worksheet("Phân công nhiệm vụ");
        Assert.Equal("BẢNG PHÂN CÔNG NHIỆM VỤ", tasks.Cell(2, 1).GetString());
        var header = tasks.RowsUsed().First(r => r.Cell(1).GetString() == "STT");
        Assert.Equal(["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Hạn hoàn thành"], header.CellsUsed().Select(c => c.GetString()));
        var dated = tasks.RowsUsed().First(r => r.RowNumber() > header.RowNumber() && r.Cell(6).DataType == XLDataType.DateTime);
        Assert.Equal("dd/mm/yyyy", dated.Cell(6).Style.NumberFormat.Format);
        Assert.NotEqual("", dated.Cell(5).GetString());
        Assert.NotEqual("", dated.Cell(3).GetString());
        Assert.Equal(header.RowNumber(), tasks.SheetView.SplitRow);

        var targets = book.Worksheet("Chỉ tiêu");
        var value = targets.Cell("T1", "Năm 2024");
        Assert.Equal(XLDataType.Number, value.DataType);
        Assert.Equal(100, value.GetValue<decimal>());
        Assert.Equal("Tỷ lệ đơn vị đạt", targets.Cell("T1", "Loại").GetString());
        Assert.Equal("Cấp xã", targets.Cell("T1", "Cấp báo cáo").GetString());
    }

    [Theory]
    [InlineData("/Plans/AssignmentsPdf/")]
    [InlineData("/Plans/AssignmentsExcel/")]
    public async Task A_draft_plan_is_not_found_for_those_who_may_not_read_it(string path)
    {
        var draft = await portal.Factory.WithDbAsync(async db =>
        {
            var source = await db.Plans.SingleAsync(p => p.Number == "129");
            var plan = new Domain.Plans.Plan
            {
                Number = "9" + path.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Symbol = "KH-UBND", Title = "Dự thảo kế hoạch",
                IssuedOn = new DateOnly(2024, 12, 1), IssuerId = source.IssuerId, UnitId = source.UnitId, Level = source.Level,
                PeriodStartYear = 2025, PeriodEndYear = 2025, Status = Domain.Plans.PlanStatus.Draft,
            };
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });

        var commune = await portal.Factory.SignedInAsync("xa.longhuudong@hoctap.local");
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/Plans/Details/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync(path + draft)).StatusCode);
        var admin = await portal.Factory.SignedInAsync("admin@hoctap.local");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(path + draft)).StatusCode);
    }

}
