using System.Net;
using ClosedXML.Excel;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests;

/// <summary>The plan's assignment table and a single report, downloaded as PDF and Excel and read back.</summary>
public sealed class DocumentDownloadsTests(DocumentDownloadsTests.Portal portal) : IClassFixture<DocumentDownloadsTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        /// <summary>A commune report nobody has started, and its officer's sign-in; the tests below each overwrite what they check.</summary>
        public int FreshReport { get; private set; }

        public const string FreshOfficer = "xa.baocao@hoctap.local";

        /// <summary>A second commune report, which one test submits with its tasks done.</summary>
        public int SubmittedReport { get; private set; }

        public const string SubmittingOfficer = "xa.nopbaocao@hoctap.local";

        public async Task InitializeAsync()
        {
            Factory.CreatePortalClient();
            (FreshReport, _) = await Factory.FreshCommuneAsync(FreshOfficer);

            // A Cần Đước commune whose demo report is a draft still, and a new officer for it.
            var draft = await Factory.WithDbAsync(db => db.Reports.Where(r => r.Period!.Plan!.Symbol == "KH-BCĐ" && r.Id != FreshReport
                    && r.Status == Domain.Reporting.ReportStatus.Draft && r.Agency!.Kind == Domain.Agencies.AgencyKind.PeoplesCommittee
                    && r.Agency.Unit!.Level == Domain.Units.UnitLevel.Commune)
                .OrderBy(r => r.Id).Select(r => new { r.Id, r.Agency!.Key }).FirstAsync());
            await Factory.CreateUserAsync(SubmittingOfficer, Domain.Identity.Roles.CommuneOfficer, draft.Key);
            SubmittedReport = draft.Id;
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();

        public Task<int> PlanAsync(string number) =>
            Factory.WithDbAsync(db => db.Plans.Where(p => p.Number == number).Select(p => p.Id).SingleAsync());
    }

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

    [Fact]
    public async Task The_report_pdf_is_an_official_report_of_the_commune_with_its_sections_tables_and_signature()
    {
        var (reportId, commune) = (portal.FreshReport, await portal.Factory.SignedInAsync(Portal.FreshOfficer));
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
        var (reportId, commune) = (portal.FreshReport, await portal.Factory.SignedInAsync(Portal.FreshOfficer));
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
        var commune = await portal.Factory.SignedInAsync(Portal.SubmittingOfficer);
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
        Assert.Contains("V. NỘI DUNG BÁO CÁO THEO ĐỀ CƯƠNG I. Kết quả đạt được", text, StringComparison.Ordinal);
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
        LearningSociety.Web.Features.Reports.ReportFormBuilder.DefaultOutline.Select(s => $"{s.Number}. {s.Title}");
}
