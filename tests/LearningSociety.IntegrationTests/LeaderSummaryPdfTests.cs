using System.Globalization;
using System.Net;
using LearningSociety.Infrastructure.Exports.Pdf.Skia;
using LearningSociety.IntegrationTests.Infrastructure;
using LearningSociety.Web.Features.Consolidated;
using LearningSociety.Web.Features.Dashboard;
using UglyToad.PdfPig;

namespace LearningSociety.IntegrationTests;

/// <summary>The leader's one-page summary: the dashboard's figures, one page whatever the scope, refused like the page.</summary>
public sealed class LeaderSummaryPdfTests(ConsolidatedPagesTests.Portal portal) : IClassFixture<ConsolidatedPagesTests.Portal>
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public async Task The_leader_gets_one_page_with_the_key_figures_of_the_dashboard()
    {
        var leader = await portal.Factory.SignedInAsync("lanhdao@hoctap.local");
        var canDuoc = await portal.Factory.UnitIdAsync(Consolidations.CanDuoc);
        var api = await leader.ApiAsync(portal.CanDuocPeriod, canDuoc);
        Assert.Contains("/Dashboard/Leader/Pdf?", await leader.GetStringAsync(Consolidations.Url("/Dashboard/Leader", portal.CanDuocPeriod, canDuoc)), StringComparison.Ordinal);

        var pdf = await leader.PdfAsync(Consolidations.Url("/Dashboard/Leader/Pdf", portal.CanDuocPeriod, canDuoc));
        var pages = Downloads.PageTexts(pdf);
        Assert.Single(pages);
        var text = pages[0];
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains("ngày 05 tháng 12 năm 2024", text, StringComparison.Ordinal);
        Assert.Contains("TÓM TẮT TÌNH HÌNH THỰC HIỆN", text, StringComparison.Ordinal);
        var received = api.Int("received").ToString("N0", Vi);
        var expected = api.Int("expected").ToString("N0", Vi);
        Assert.Contains($"Tỷ lệ nộp báo cáo {FigureText.Percent(api.GetProperty("completeness").GetDecimal())} {received}/{expected}", text, StringComparison.Ordinal);
        Assert.Contains("Báo cáo đã duyệt", text, StringComparison.Ordinal);
        Assert.Contains("2. Chỉ tiêu so với kết quả", text, StringComparison.Ordinal);
        Assert.Contains("3. Đơn vị chậm nhất", text, StringComparison.Ordinal);
        Downloads.AssertFontsEmbedded(pdf);
    }

    [Fact]
    public async Task The_widest_scope_still_fits_on_one_page()
    {
        var admin = await portal.Factory.SignedInAsync("admin@hoctap.local");
        var longAn = await portal.Factory.UnitIdAsync(Consolidations.LongAn);
        Assert.Single(Downloads.PageTexts(await admin.PdfAsync(Consolidations.Url("/Dashboard/Leader/Pdf", portal.CanDuocPeriod, longAn))));
        Assert.Single(Downloads.PageTexts(await admin.PdfAsync("/Dashboard/Leader/Pdf")));
    }

    [Fact]
    public void Hundreds_of_units_and_dozens_of_long_targets_are_cut_to_one_page_and_say_how_many_more()
    {
        var targets = Enumerable.Range(1, 40).Select(i => new DashboardModel.TargetLine($"T{i}",
            string.Concat(Enumerable.Repeat("Tỷ lệ người dân trong độ tuổi lao động được bồi dưỡng kỹ năng nghề nghiệp ", 4)),
            "412/1.030 (40,0%) — chỉ tiêu 40% · 12 chưa báo cáo", 40, 40, i % 2 == 0, true, null)).ToList();
        var units = Enumerable.Range(1, 600).Select(i => new DashboardModel.ChildLine($"Xã Long Hựu Đông số {i} thuộc huyện Cần Đước tỉnh Long An", null, 10, i % 10, 0, i % 10 * 10m, 0m)).ToList();
        var summary = new LeaderSummary(
            new ConsolidatedExport.Issuer("UBND TỈNH LONG AN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "BC-SGDĐT", "Long An"),
            "Tỉnh Long An", "Kết quả thực hiện Kế hoạch số …/KH-BCĐ — kỳ Năm 2024", "Tính tất cả báo cáo đã nộp.",
            new DashboardModel.Kpis(6000, 3000, 2000, 50, 33.3m, 10, 3000, 1234, 20, 40), 1500, targets, units);

        using var stream = new MemoryStream();
        using (var renderer = new SkiaPdfRenderer())
        {
            renderer.Render(LeaderSummaryPdf.Build(summary, new DateOnly(2024, 12, 5), DateTimeOffset.UnixEpoch), stream);
        }

        using var pdf = PdfDocument.Open(stream.ToArray());
        Assert.Equal(1, pdf.NumberOfPages);
        var text = Downloads.Text(stream.ToArray());
        Assert.Contains("và 34 chỉ tiêu khác", text, StringComparison.Ordinal);
        Assert.Contains("và 594 đơn vị khác.", text, StringComparison.Ordinal);
        Assert.Contains("Xã Long Hựu Đông số 6 ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Xã Long Hựu Đông số 7 ", text, StringComparison.Ordinal);
        Assert.Contains("Long An, ngày 05 tháng 12 năm 2024", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_district_officer_asking_for_another_district_is_refused_as_on_the_page()
    {
        var officer = await portal.Factory.SignedInAsync("phong.gddt.canduoc@hoctap.local");
        var thapMuoi = await portal.Factory.UnitIdAsync(Consolidations.ThapMuoi);
        foreach (var path in new[] { "/Dashboard/Leader", "/Dashboard/Leader/Pdf" })
        {
            var response = await officer.GetAsync(Consolidations.Url(path, portal.ThapMuoiPeriod, thapMuoi));
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
                || response.Headers.Location?.ToString().Contains("AccessDenied", StringComparison.OrdinalIgnoreCase) == true,
                $"{path}: {response.StatusCode} {response.Headers.Location}");
            Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task A_commune_officer_may_not_download_the_leaders_summary()
    {
        var commune = await portal.Factory.SignedInAsync("xa.longhuudong@hoctap.local");
        var response = await commune.GetAsync("/Dashboard/Leader/Pdf");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
    }
}
