using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using LearningSociety.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

/// <summary>
/// One year's report of the Cần Đước plan (…/KH-BCĐ, "Năm 2024", due 10/12/2024) from the commune's desk to the
/// leader's PDF, in a real browser, on a portal of its own. Each step begins where the one before left the portal.
/// </summary>
[TestCaseOrderer(StepOrderer.Name, StepOrderer.Assembly)]
public sealed partial class ReportingJourneyTests(JourneyFixture journey) : IClassFixture<JourneyFixture>
{
    private const string Commune = "Ủy ban nhân dân xã Long Hựu Đông";
    private const decimal FirstNumerator = 150;
    private const decimal CorrectedNumerator = 180;
    private const decimal Denominator = 200;
    private const string ReturnComment = "Tử số chỉ tiêu T2 chưa khớp danh sách công nhận “Công dân học tập” năm 2024, đề nghị kiểm tra lại.";
    private const string Narrative = "Năm 2024, xã tổ chức 14 lớp chuyên đề tại Trung tâm học tập cộng đồng cho 620 lượt người dân; 9/9 ấp có tủ sách cộng đồng.";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private BrowserFixture Browser => journey.Browser;

    [Fact]
    [Step(0)]
    public async Task Step0_the_province_reviewer_notes_target_T2_before_the_commune_reports()
    {
        await using var session = await Browser.NewSessionAsync(1280, 800);
        await session.SignInAsync(PortalPages.ProvinceReviewer);
        await session.GotoAsync("/Dashboard");
        journey.SubmittedBefore = await TargetT2Async(session.Page);
        await session.GuideScreenshotAsync("so-tong-quan");

        await session.Page.GetByRole(AriaRole.Link, new() { Name = "Chỉ số liệu đã duyệt" }).ClickAsync();
        await Expect(session.Page.GetByRole(AriaRole.Link, new() { Name = "Chỉ số liệu đã duyệt" })).ToHaveAttributeAsync("aria-current", "true");
        journey.ApprovedBefore = await TargetT2Async(session.Page);
        session.AssertNoBrowserProblems();
    }

    [Fact]
    [Step(1)]
    public async Task Step1_the_commune_officer_fills_the_report_saves_it_attaches_evidence_and_submits()
    {
        await using var session = await Browser.NewSessionAsync(1280, 800);
        var page = session.Page;
        await session.GotoAsync("/Account/Login");
        await session.GuideScreenshotAsync("dang-nhap");
        await session.SignInAsync(PortalPages.CommuneOfficer);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sửa và nộp lại" })).ToBeVisibleAsync();
        await session.GuideScreenshotAsync("xa-trang-chu");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sửa và nộp lại" }).ClickAsync();
        await page.WaitForURLAsync("**/Reports/Edit/**");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(Commune);
        await session.GuideScreenshotAsync("xa-bieu-mau");

        var plan = TaskGroup(page, "VIII.1.10");
        await plan.GetByLabel("Tình trạng").SelectOptionAsync(new SelectOptionValue { Label = "Đã hoàn thành" });
        await plan.GetByLabel("Tiến độ (%)").FillAsync("100");
        await plan.GetByLabel("Ngày hoàn thành").FillAsync("15/03/2024");
        await plan.GetByLabel("Kết quả thực hiện").FillAsync("Ban hành Kế hoạch số 35/KH-UBND ngày 15/3/2024 của UBND xã.");
        var report = TaskGroup(page, "VIII.2.-1");
        await report.GetByLabel("Tình trạng").SelectOptionAsync(new SelectOptionValue { Label = "Đang thực hiện" });
        await report.GetByLabel("Tiến độ (%)").FillAsync("80");

        await TargetGroup(page, "T1").GetByLabel("Đơn vị đạt chỉ tiêu này?").SelectOptionAsync(new SelectOptionValue { Label = "Đạt" });
        var t2 = TargetGroup(page, "T2");
        await t2.GetByLabel("Tử số").FillAsync(Figure(FirstNumerator));
        await t2.GetByLabel("Mẫu số").FillAsync(Figure(Denominator));
        await t2.GetByLabel("Ghi chú, nguồn số liệu").FillAsync("Danh sách công nhận của Hội Khuyến học xã.");
        // The section's live counter: the limit before the server has to refuse, and nothing cut.
        var section = page.GetByLabel("I. Kết quả đạt được");
        var counter = page.Locator($"[data-char-count-for='{await section.GetAttributeAsync("id")}']");
        await section.FillAsync(new string('a', 20_001));
        await Expect(counter).ToHaveTextAsync("20.001/20.000 ký tự — vượt 1 ký tự, hãy rút gọn trước khi lưu");
        await Expect(section).ToHaveValueAsync(new string('a', 20_001));
        await section.FillAsync(Narrative);
        await Expect(counter).ToHaveTextAsync($"{Narrative.Length.ToString("N0", Vietnamese)}/20.000 ký tự");
        await page.GetByRole(AriaRole.Heading, new() { Name = "2. Kết quả thực hiện chỉ tiêu" }).ScrollToTopAsync();
        await session.GuideScreenshotAsync("xa-chi-tieu");

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await Expect(page.GetByText("Đã lưu nháp.")).ToBeVisibleAsync();
        await Expect(TargetGroup(page, "T2").GetByLabel("Tử số")).ToHaveValueAsync(Figure(FirstNumerator));

        await page.GetByLabel("Thêm tệp").SetInputFilesAsync(new FilePayload
        {
            Name = "bien-ban-cong-nhan-cdht-2024.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n%minh chung\n%%EOF\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
        await Expect(page.GetByText("Đã đính kèm tệp.")).ToBeVisibleAsync();
        var evidence = page.GetByRole(AriaRole.Link, new() { Name = "bien-ban-cong-nhan-cdht-2024.pdf" });
        await Expect(evidence).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Tài liệu minh chứng" }).ScrollToTopAsync();
        await session.GuideScreenshotAsync("xa-minh-chung");

        await SubmitAsync(page);
        await session.GuideScreenshotAsync("xa-da-nop");
        session.AssertNoBrowserProblems();
    }

    [Fact]
    [Step(2)]
    public async Task Step2_the_district_office_finds_it_waiting_and_returns_it_with_a_comment()
    {
        await using var session = await Browser.NewSessionAsync(1280, 800);
        var page = session.Page;
        await session.SignInAsync(PortalPages.DistrictOffice);
        await session.GotoAsync("/Reports");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Chờ bạn duyệt" })).ToBeVisibleAsync();
        await session.GuideScreenshotAsync("phong-cho-duyet");

        await OpenForReviewAsync(page);
        await Expect(TargetGroup(page, "T2").GetByLabel("Tử số")).ToHaveValueAsync(Figure(FirstNumerator));
        await Expect(page.GetByLabel("I. Kết quả đạt được")).ToHaveValueAsync(Narrative);
        await page.GetByLabel("Ý kiến khi trả lại (bắt buộc)").FillAsync(ReturnComment);
        await page.GetByRole(AriaRole.Heading, new() { Name = "Duyệt báo cáo" }).ScrollToTopAsync();
        await session.GuideScreenshotAsync("phong-duyet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Trả lại để sửa" }).ClickAsync();
        await Expect(page.GetByText("Đã trả lại báo cáo kèm ý kiến.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main).GetByText("Bị trả lại", new() { Exact = true })).ToBeVisibleAsync();
        session.AssertNoBrowserProblems();
    }

    [Fact]
    [Step(3)]
    public async Task Step3_the_commune_reads_the_comment_corrects_the_figure_and_resubmits()
    {
        await using var session = await Browser.NewSessionAsync(1280, 800);
        var page = session.Page;
        await session.SignInAsync(PortalPages.CommuneOfficer);
        await session.GotoAsync("/Reports");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(ReturnComment);

        await page.GetByRole(AriaRole.Link, new() { Name = "Sửa và nộp lại" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Báo cáo bị trả lại." })).ToContainTextAsync(ReturnComment);
        await session.GuideScreenshotAsync("xa-bi-tra-lai");
        var numerator = TargetGroup(page, "T2").GetByLabel("Tử số");
        await Expect(numerator).ToHaveValueAsync(Figure(FirstNumerator));
        await numerator.FillAsync(Figure(CorrectedNumerator));

        await SubmitAsync(page);
        await Expect(TargetGroup(page, "T2").GetByLabel("Tử số")).ToHaveValueAsync(Figure(CorrectedNumerator));
        session.AssertNoBrowserProblems();
    }

    [Fact]
    [Step(4)]
    public async Task Step4_the_district_office_approves_the_corrected_report()
    {
        await using var session = await Browser.NewSessionAsync(1280, 800);
        var page = session.Page;
        await session.SignInAsync(PortalPages.DistrictOffice);
        await session.GotoAsync("/Reports");
        await OpenForReviewAsync(page);
        await Expect(TargetGroup(page, "T2").GetByLabel("Tử số")).ToHaveValueAsync(Figure(CorrectedNumerator));
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(ReturnComment); // the history keeps the return

        await page.GetByRole(AriaRole.Button, new() { Name = "Duyệt", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Đã duyệt báo cáo.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main).GetByText("Đã duyệt", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mở lại báo cáo" })).ToBeVisibleAsync();

        // The district office's own report for the province is further down its list: the guide shows where.
        await session.GotoAsync("/Reports");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo phải nộp" })).ToBeVisibleAsync();
        await session.GuideScreenshotAsync("phong-bao-cao-rieng");
        session.AssertNoBrowserProblems();
    }

    [Fact]
    [Step(5)]
    public async Task Step5_the_province_dashboard_counts_the_approved_figures_and_shows_the_commune()
    {
        var before = journey.ApprovedBefore ?? throw new InvalidOperationException("step 0 did not run");
        await using var session = await Browser.NewSessionAsync(1280, 800);
        var page = session.Page;
        await session.SignInAsync(PortalPages.ProvinceReviewer);
        await session.GotoAsync("/Dashboard");
        await page.GetByRole(AriaRole.Link, new() { Name = "Chỉ số liệu đã duyệt" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Chỉ số liệu đã duyệt" })).ToHaveAttributeAsync("aria-current", "true");
        Assert.Equal((before.Numerator + CorrectedNumerator, before.Denominator + Denominator), await TargetT2Async(page));

        // Down to the district's consolidated report: the commune's own line.
        await page.GetByRole(AriaRole.Link, new() { Name = "Huyện Cần Đước", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Báo cáo tổng hợp — Huyện Cần Đước");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Chỉ tính số liệu đã duyệt");
        var details = page.Locator("details#chi-tieu-T2");
        await details.Locator("summary").ClickAsync();
        var communeRow = details.GetByRole(AriaRole.Row).Filter(new() { HasText = "Long Hựu Đông" });
        await Expect(communeRow).ToContainTextAsync($"{Figure(CorrectedNumerator)}/{Figure(Denominator)}");
        await session.GuideScreenshotAsync("so-tong-hop");

        // The chase list and the periods of the plan, for the reviewer's guide.
        await session.GotoAsync("/Dashboard");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Đơn vị chưa nộp báo cáo" }).ScrollToTopAsync();
        await session.GuideScreenshotAsync("so-chua-nop");
        await session.OpenPlanAsync(PortalPages.PlanCanDuoc);
        await page.GetByRole(AriaRole.Link, new() { Name = "Các kỳ báo cáo của kế hoạch" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Kỳ báo cáo của kế hoạch");
        await session.GuideScreenshotAsync("so-ky-bao-cao");
        session.AssertNoBrowserProblems();
    }

    [Fact]
    [Step(6)]
    public async Task Step6_the_leader_downloads_the_consolidated_PDF_and_Excel_and_both_hold_the_new_figures()
    {
        var before = journey.SubmittedBefore ?? throw new InvalidOperationException("step 0 did not run");
        var province = (before.Numerator + CorrectedNumerator, before.Denominator + Denominator);
        var provinceText = $"{Figure(province.Item1)}/{Figure(province.Item2)}";
        await using var session = await Browser.NewSessionAsync(1280, 800);
        var page = session.Page;
        await session.SignInAsync(PortalPages.Leader);
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Tải báo cáo PDF" })).ToBeVisibleAsync();
        Assert.Equal(province, await TargetT2Async(page));
        await session.GuideScreenshotAsync("lanh-dao-tong-quan");

        // The province as a whole is built in the background: the button opens the file's page, which offers it when ready.
        var pdf = await DownloadThroughJobAsync(page, "Tải báo cáo PDF", "tinh.pdf");
        var pdfText = PdfText(pdf, out var title);
        Assert.Equal("Báo cáo Kết quả thực hiện Kế hoạch số …/KH-BCĐ — kỳ Năm 2024", title);
        Assert.Contains("BÁO CÁO", pdfText, StringComparison.Ordinal);
        Assert.Contains(provinceText, pdfText, StringComparison.Ordinal);
        var excel = await DownloadThroughJobAsync(page, "Xuất Excel", "tinh.xlsx");
        var district = ByUnitRow(excel, "Huyện Cần Đước");
        Assert.Equal(province, (district.T2Numerator, district.T2Denominator));

        // The district's consolidated report (small enough for a direct download) names the commune with its corrected figure.
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem báo cáo tổng hợp" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Huyện Cần Đước", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Báo cáo tổng hợp — Huyện Cần Đước");
        var districtPdf = PdfText(await DownloadAsync(page, "Tải PDF", "huyen.pdf"), out _);
        Assert.Contains("Xã Long Hựu Đông", districtPdf, StringComparison.Ordinal);
        Assert.Contains($"{Figure(CorrectedNumerator)}/{Figure(Denominator)}", districtPdf, StringComparison.Ordinal);
        var commune = ByUnitRow(await DownloadAsync(page, "Xuất Excel", "huyen.xlsx"), "Xã Long Hựu Đông");
        Assert.Equal((CorrectedNumerator, Denominator), (commune.T2Numerator, commune.T2Denominator));
        session.AssertNoBrowserProblems();
    }

    private static ILocator TaskGroup(IPage page, string number) =>
        page.GetByRole(AriaRole.Group).Filter(new() { Has = page.Locator("legend", new() { HasTextRegex = new Regex("^" + Regex.Escape(number) + " ") }) });

    private static ILocator TargetGroup(IPage page, string code) =>
        page.GetByRole(AriaRole.Group).Filter(new() { Has = page.Locator("legend", new() { HasTextRegex = new Regex("^" + code + @"\. ") }) });

    private static string Figure(decimal value) => value.ToString("N0", Vietnamese);

    private static async Task SubmitAsync(IPage page)
    {
        // "Nộp báo cáo" asks first (window.confirm); a person says yes.
        void Accept(object? sender, IDialog dialog) => _ = dialog.AcceptAsync();
        page.Dialog += Accept;
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Nộp báo cáo" }).ClickAsync();
            await Expect(page.GetByText("Đã nộp báo cáo.")).ToBeVisibleAsync();
        }
        finally
        {
            page.Dialog -= Accept;
        }

        await Expect(page.GetByRole(AriaRole.Main).GetByText("Đã nộp", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Nộp báo cáo" })).ToHaveCountAsync(0);
    }

    private static async Task OpenForReviewAsync(IPage page)
    {
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = Commune });
        await row.GetByRole(AriaRole.Link, new() { Name = "Xem và duyệt" }).ClickAsync();
        await page.WaitForURLAsync("**/Reports/Edit/**");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Duyệt báo cáo" })).ToBeVisibleAsync();
    }

    /// <summary>Target T2 as its line in the dashboard's target table reads, "9.248/24.664 (37,5%) · …".</summary>
    private static async Task<(decimal, decimal)> TargetT2Async(IPage page)
    {
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasTextRegex = new Regex(@"^\s*T2\. ") });
        var text = await row.InnerTextAsync();
        var match = FractionPattern().Match(text);
        Assert.True(match.Success, "no figure in the T2 line: " + text);
        return (decimal.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, Vietnamese), decimal.Parse(match.Groups[2].Value, NumberStyles.AllowThousands, Vietnamese));
    }

    private static Task<string> DownloadAsync(IPage page, string button, string name) =>
        SaveAsync(page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = button }).First.ClickAsync()), button, name);

    private static async Task<string> DownloadThroughJobAsync(IPage page, string button, string name)
    {
        var from = page.Url;
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await page.WaitForURLAsync("**/Exports/*");
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Tải tệp" });
        await Expect(link).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var path = await SaveAsync(page.RunAndWaitForDownloadAsync(() => link.ClickAsync()), button, name);
        await page.GotoAsync(from);
        return path;
    }

    private static async Task<string> SaveAsync(Task<IDownload> downloading, string button, string name)
    {
        var download = await downloading;
        Assert.Null(await download.FailureAsync());
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, "downloads", name);
        await download.SaveAsAsync(path);
        Assert.True(new FileInfo(path).Length > 1_000, $"{button} gave an empty file");
        return path;
    }

    private static string PdfText(string path, out string? title)
    {
        using var pdf = PdfDocument.Open(path);
        title = pdf.Information.Title?.Normalize(NormalizationForm.FormC);
        return string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))).Normalize(NormalizationForm.FormC);
    }

    /// <summary>The "Theo đơn vị" sheet: target T2 as numerator and denominator on the unit's row.</summary>
    private static (decimal T2Numerator, decimal T2Denominator) ByUnitRow(string path, string unit)
    {
        using var book = new XLWorkbook(path);
        var sheet = book.Worksheet("Theo đơn vị");
        var header = sheet.RowsUsed().First(r => r.CellsUsed().Any(c => c.GetString() == "T2 — tử số"));
        var numeratorColumn = header.CellsUsed().First(c => c.GetString() == "T2 — tử số").Address.ColumnNumber;
        var row = sheet.RowsUsed().First(r => r.Cell(1).GetString().Normalize(NormalizationForm.FormC) == unit);
        return (row.Cell(numeratorColumn).GetValue<decimal>(), row.Cell(numeratorColumn + 1).GetValue<decimal>());
    }

    [GeneratedRegex(@"(\d{1,3}(?:\.\d{3})*)/(\d{1,3}(?:\.\d{3})*)")]
    private static partial Regex FractionPattern();
}
