using System.Text.RegularExpressions;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests;

/// <summary>What the consolidated report, the dashboards and the first screen show, read from the HTML.</summary>
public sealed partial class ConsolidatedPagesTests(ConsolidatedPagesTests.Portal portal) : IClassFixture<ConsolidatedPagesTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public int CanDuocPeriod { get; private set; }

        public int ThapMuoiPeriod { get; private set; }

        public async Task InitializeAsync()
        {
            Factory.CreatePortalClient();
            CanDuocPeriod = await Factory.PeriodIdAsync("KH-BCĐ");
            ThapMuoiPeriod = await Factory.PeriodIdAsync("KH-UBND");
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private static string Cell(string html, string rowStart)
    {
        var at = html.IndexOf(rowStart, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{rowStart}' not on the page");
        return html[at..html.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task The_district_report_shows_each_commune_totals_first_missing_as_not_reported_and_below_target_in_words()
    {
        var admin = await portal.Factory.SignedInAsync("admin@hoctap.local");
        var thapMuoi = await portal.Factory.UnitIdAsync(Consolidations.ThapMuoi);
        var myQuy = await portal.Factory.WithDbAsync(db => db.Reports.Where(r => r.Agency!.Unit!.Name == "Xã Mỹ Quý" && r.PeriodId == portal.ThapMuoiPeriod).Select(r => r.Id).SingleAsync());
        var html = await admin.GetStringAsync(Consolidations.Url("/Consolidated", portal.ThapMuoiPeriod, thapMuoi));

        // Totals first, then the district's own report, then the communes.
        var totals = html.IndexOf("Tổng cộng", StringComparison.Ordinal);
        Assert.True(totals >= 0 && totals < html.IndexOf("Báo cáo riêng của Phòng Giáo dục và Đào tạo huyện Tháp Mười", StringComparison.Ordinal));
        Assert.True(totals < html.IndexOf("Xã Mỹ Quý", StringComparison.Ordinal));

        // A commune that has not reported: "Chưa báo cáo", and its numbers lead to its report.
        var row = Cell(html, $"<a href=\"/Reports/Edit/{myQuy}\">Xã Mỹ Quý</a>");
        Assert.Contains("Chưa báo cáo", row, StringComparison.Ordinal);
        Assert.Matches(PercentTarget(), html);
        Assert.Contains("badge-below", html, StringComparison.Ordinal);
        Assert.Contains("Dưới chỉ tiêu", html, StringComparison.Ordinal);

        // The breadcrumb follows the unit tree, and the province above links to its own consolidation.
        var dongThap = await portal.Factory.UnitIdAsync(Consolidations.DongThap);
        Assert.Contains($"href=\"/Consolidated?periodId={portal.ThapMuoiPeriod}&amp;unitId={dongThap}&amp;approvedOnly=false\">Tỉnh Đồng Tháp</a>", html, StringComparison.Ordinal);
        Assert.Contains("Chỉ số liệu đã duyệt", html, StringComparison.Ordinal);
        Assert.Contains("Tất cả báo cáo đã nộp", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_province_row_per_district_leads_to_the_districts_own_consolidation()
    {
        var province = await portal.Factory.SignedInAsync("so.gddt@hoctap.local");
        var canDuoc = await portal.Factory.UnitIdAsync(Consolidations.CanDuoc);
        var html = await province.GetStringAsync("/Consolidated");

        Assert.Contains("Báo cáo tổng hợp — Tỉnh Long An", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/Consolidated?periodId={portal.CanDuocPeriod}&amp;unitId={canDuoc}&amp;approvedOnly=false\">Huyện Cần Đước</a>", html, StringComparison.Ordinal);
        Assert.Contains("table-cards", html, StringComparison.Ordinal);
        Assert.Contains("data-label=\"Tỷ lệ nộp đúng hạn\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_province_dashboard_lists_whom_to_chase_with_their_contact_and_draws_from_json_without_inline_script()
    {
        await portal.Factory.WithDbAsync(async db =>
        {
            var longCang = await db.Reports.Where(r => r.PeriodId == portal.CanDuocPeriod && r.Agency!.Name == "Ủy ban nhân dân xã Long Cang")
                .Select(r => r.Agency!).SingleAsync();
            longCang.ContactPhone = "0272 3 871 234";
            return await db.SaveChangesAsync();
        });
        var province = await portal.Factory.SignedInAsync("so.gddt@hoctap.local");
        var html = await province.GetStringAsync("/Dashboard");

        Assert.Contains("Đơn vị chưa nộp báo cáo", html, StringComparison.Ordinal);
        Assert.Contains("0272 3 871 234", Cell(html, "Xã Long Cang"), StringComparison.Ordinal);
        Assert.Contains("Chưa có thông tin liên hệ", Cell(html, "Xã Tân Ân"), StringComparison.Ordinal);
        Assert.Contains("Nhiệm vụ quá hạn theo cơ quan", html, StringComparison.Ordinal);
        Assert.Contains("theo huyện", html, StringComparison.Ordinal);
        Assert.Contains("Mới có số liệu của một năm (2024)", html, StringComparison.Ordinal);

        // Charts: data in JSON blocks, drawn by a static file; every <script> either has a src or is JSON.
        Assert.Contains("<script type=\"application/json\" id=\"du-lieu-don-vi\">", html, StringComparison.Ordinal);
        Assert.Matches(@"/lib/chart\.js/chart\.umd\.min(\.\w+)?\.js", html); // fingerprinted by MapStaticAssets
        Assert.Matches(@"/js/dashboard(\.\w+)?\.js", html); // fingerprinted by MapStaticAssets
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotContain(" onclick=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_leader_sees_one_screen_with_the_pdf_and_excel_buttons_for_the_same_query()
    {
        // A province is exported in the background: the buttons post the page's query to /Exports.
        var leader = await portal.Factory.SignedInAsync("lanhdao@hoctap.local");
        var longAn = await portal.Factory.UnitIdAsync(Consolidations.LongAn);
        foreach (var page in new[] { "/", "/Dashboard" })
        {
            var html = await leader.GetStringAsync(page);
            Assert.Contains("action=\"/Exports\"", html, StringComparison.Ordinal);
            Assert.Contains("name=\"Kind\" value=\"ConsolidatedPdf\"", html, StringComparison.Ordinal);
            Assert.Contains("name=\"Kind\" value=\"ConsolidatedExcel\"", html, StringComparison.Ordinal);
            Assert.Contains($"name=\"PeriodId\" value=\"{portal.CanDuocPeriod}\"", html, StringComparison.Ordinal);
            Assert.Contains($"name=\"UnitId\" value=\"{longAn}\"", html, StringComparison.Ordinal);
            Assert.Contains("name=\"ApprovedOnly\" value=\"false\"", html, StringComparison.Ordinal);
            Assert.Contains("Tải báo cáo PDF", html, StringComparison.Ordinal);
            Assert.Contains("Xuất Excel", html, StringComparison.Ordinal);
            Assert.Contains("Tỷ lệ nộp đúng hạn", html, StringComparison.Ordinal);
            Assert.Single(ChartCanvas().Matches(html));
        }

        var approved = await leader.GetStringAsync($"/Dashboard?periodId={portal.CanDuocPeriod}&approvedOnly=true");
        Assert.Contains("name=\"ApprovedOnly\" value=\"true\"", approved, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"ApprovedOnly\" value=\"false\"", approved, StringComparison.Ordinal);

        // A district is small: its page keeps the direct downloads.
        var canDuoc = await portal.Factory.UnitIdAsync(Consolidations.CanDuoc);
        var district = await leader.GetStringAsync(Consolidations.Url("/Dashboard", portal.CanDuocPeriod, canDuoc));
        Assert.Contains($"href=\"/Consolidated/Pdf?periodId={portal.CanDuocPeriod}&amp;unitId={canDuoc}&amp;approvedOnly=false\"", district, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Consolidated/Excel?periodId={portal.CanDuocPeriod}&amp;unitId={canDuoc}&amp;approvedOnly=false\"", district, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xa.longhuudong@hoctap.local", new[] { "Báo cáo của tôi", "Sửa và nộp lại", "Nhiệm vụ của" }, new[] { "Báo cáo chờ bạn duyệt", "href=\"/Consolidated\"" })]
    [InlineData("mttq.canduoc@hoctap.local", new[] { "Báo cáo của tôi", "Nhiệm vụ của" }, new[] { "Báo cáo chờ bạn duyệt", "href=\"/Consolidated\"" })]
    [InlineData("phong.gddt.canduoc@hoctap.local", new[] { "Báo cáo chờ bạn duyệt (2)", "Đơn vị chưa nộp báo cáo", "Chưa có thông tin liên hệ", "Báo cáo của đơn vị bạn", "Nhiệm vụ của", "href=\"/Consolidated\"" }, new[] { "Tải báo cáo PDF" })]
    [InlineData("so.gddt@hoctap.local", new[] { "Tỷ lệ nộp báo cáo", "Tỷ lệ nộp đúng hạn", "theo huyện", "Huyện Cần Đước", "Xem tổng quan đầy đủ", "Báo cáo chờ bạn duyệt", "href=\"/Consolidated\"" }, new[] { "Tải báo cáo PDF" })]
    [InlineData("lanhdao@hoctap.local", new[] { "Tải báo cáo PDF", "Chỉ tiêu đạt", "href=\"/Consolidated\"" }, new[] { "Nhiệm vụ của", "Báo cáo chờ bạn duyệt" })]
    [InlineData("admin@hoctap.local", new[] { "href=\"/Admin/Users\"", "Người dùng", "Đơn vị hành chính", "href=\"/Consolidated\"" }, new[] { "Nhiệm vụ của" })]
    public async Task The_first_screen_follows_the_role(string email, string[] shown, string[] hidden)
    {
        var html = await (await portal.Factory.SignedInAsync(email)).GetStringAsync("/");
        foreach (var text in shown)
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }

        foreach (var text in hidden)
        {
            Assert.DoesNotContain(text, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_api_speaks_camel_case_with_children_and_targets()
    {
        var client = await portal.Factory.SignedInAsync("admin@hoctap.local");
        var root = await client.ApiAsync(portal.ThapMuoiPeriod, await portal.Factory.UnitIdAsync(Consolidations.ThapMuoi));

        Assert.Equal("Huyện Tháp Mười", root.GetProperty("unit").GetProperty("name").GetString());
        Assert.Equal(2024, root.GetProperty("period").GetProperty("year").GetInt32());
        Assert.Equal(14, root.Int("expected")); // 13 communes and the district's own report
        Assert.Equal(13, root.GetProperty("children").GetArrayLength());
        var t7 = root.Target("T7");
        Assert.Equal("Percentage", t7.GetProperty("kind").GetString());
        Assert.Equal(40m, t7.GetProperty("targetValue").GetDecimal());
        Assert.Equal(1, t7.Int("missing"));
        Assert.Equal(Math.Round(t7.GetProperty("numerator").GetDecimal() * 100 / t7.GetProperty("denominator").GetDecimal(), 2, MidpointRounding.AwayFromZero), t7.GetProperty("value").GetDecimal());
        var missing = root.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("unit").GetProperty("name").GetString() == "Xã Mỹ Quý");
        Assert.Equal(0, missing.Int("received"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, missing.Target("T7").GetProperty("value").ValueKind);
        foreach (var name in new[] { "onTime", "completeness", "timeliness", "ownReport" })
        {
            Assert.True(root.TryGetProperty(name, out _), name);
        }
    }

    [GeneratedRegex(@"\d[\d.]*/\d[\d.]* \(\d+,\d+%\) — chỉ tiêu 40%")]
    private static partial Regex PercentTarget();

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)(?![^>]*type=""application/json"")[^>]*>")]
    private static partial Regex InlineScript();

    [GeneratedRegex("<canvas data-chart=")]
    private static partial Regex ChartCanvas();
}
