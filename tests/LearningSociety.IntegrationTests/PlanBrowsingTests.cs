using System.Net;
using LearningSociety.IntegrationTests.Infrastructure;

namespace LearningSociety.IntegrationTests;

public sealed class PlanBrowsingTests(PlanBrowsingTests.Portal portal) : IClassFixture<PlanBrowsingTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync() => Client = await Factory.SignedInAsync("so.gddt@hoctap.local");

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    [Theory]
    [InlineData("xoa mu chu")]
    [InlineData("xóa mù chữ")]
    [InlineData("XOA MU CHU")]
    public async Task Search_ignores_accents_and_case(string query)
    {
        var html = await portal.Client.GetStringAsync("/Plans?q=" + Uri.EscapeDataString(query));
        Assert.Contains("770/KH-UBND", html, StringComparison.Ordinal);
        Assert.DoesNotContain("KH-BCĐ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_that_matches_nothing_says_so()
    {
        var html = await portal.Client.GetStringAsync("/Plans?q=khong+co+tu+nay+zzz");
        Assert.Contains("Không có kế hoạch nào khớp điều kiện lọc", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_by_level_year_and_status()
    {
        var district = await portal.Client.GetStringAsync("/Plans?level=District");
        Assert.Contains("770/KH-UBND", district, StringComparison.Ordinal);
        Assert.DoesNotContain("129/KH-UBND", district, StringComparison.Ordinal);

        var year2024 = await portal.Client.GetStringAsync("/Plans?year=2024");
        Assert.Contains("770/KH-UBND", year2024, StringComparison.Ordinal);
        Assert.DoesNotContain("144/KH-UBND", year2024, StringComparison.Ordinal);

        var completed = await portal.Client.GetStringAsync("/Plans?status=Completed");
        Assert.Contains("137/KH-UBND", completed, StringComparison.Ordinal);
        Assert.DoesNotContain("770/KH-UBND", completed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_page_shows_header_legal_basis_tasks_agencies_deadlines_targets_and_reporting()
    {
        var list = await portal.Client.GetStringAsync("/Plans?q=770");
        var id = System.Text.RegularExpressions.Regex.Match(list, "/Plans/Details/(\\d+)").Groups[1].Value;
        var html = await portal.Client.GetStringAsync("/Plans/Details/" + id);

        Assert.Contains("Kế hoạch số 770/KH-UBND", html, StringComparison.Ordinal);
        Assert.Contains("22/02/2024", html, StringComparison.Ordinal);
        Assert.Contains("Căn cứ ban hành", html, StringComparison.Ordinal);
        Assert.Contains("Cơ quan chủ trì", html, StringComparison.Ordinal);
        Assert.Contains("Phòng Giáo dục và Đào tạo huyện Tháp Mười", html, StringComparison.Ordinal);
        Assert.Contains("20/11/2024", html, StringComparison.Ordinal);
        Assert.Contains("xóa mù chữ", html, StringComparison.Ordinal);
        Assert.Contains("Chế độ báo cáo", html, StringComparison.Ordinal);
        Assert.Contains("/Plans/Source/" + id, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_source_text_of_a_plan_is_readable()
    {
        var html = await portal.Client.GetStringAsync("/Plans/Source/4");
        Assert.Contains("Văn bản gốc", html, StringComparison.Ordinal);
        Assert.Contains("tổng kết", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_that_does_not_exist_is_a_clear_404()
    {
        var response = await portal.Client.GetAsync("/Plans/Details/99999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_unit_tree_goes_from_province_to_district_to_commune_and_shows_the_reform()
    {
        var before = await portal.Client.GetStringAsync("/Units?date=2025-06-30");
        var after = await portal.Client.GetStringAsync("/Units?date=2025-07-01");
        foreach (var merged in (string[])["Tỉnh Long An", "Tỉnh Tiền Giang", "Tỉnh Kiên Giang"])
        {
            Assert.Contains(merged, before, StringComparison.Ordinal);
            Assert.DoesNotContain(merged, after, StringComparison.Ordinal);
        }

        // The old and the new Tây Ninh share a name and a code, not an identity.
        static string IdOf(string html, string name) =>
            System.Text.RegularExpressions.Regex.Match(html, "href=\"/Units\\?id=(\\d+)\">" + name + "<").Groups[1].Value;
        Assert.NotEqual("", IdOf(after, "Tỉnh Tây Ninh"));
        Assert.NotEqual(IdOf(before, "Tỉnh Tây Ninh"), IdOf(after, "Tỉnh Tây Ninh"));

        var longAnId = System.Text.RegularExpressions.Regex.Match(before, "href=\"/Units\\?id=(\\d+)\">Tỉnh Long An").Groups[1].Value;
        var province = await portal.Client.GetStringAsync("/Units?id=" + longAnId);
        Assert.Contains("Huyện Cần Đước", province, StringComparison.Ordinal);
        Assert.Contains("Sáp nhập vào", province, StringComparison.Ordinal);

        var canDuocId = System.Text.RegularExpressions.Regex.Match(province, "href=\"/Units\\?id=(\\d+)\">Huyện Cần Đước").Groups[1].Value;
        var district = await portal.Client.GetStringAsync("/Units?id=" + canDuocId);
        Assert.Contains("Xã Long Hựu Đông", district, StringComparison.Ordinal);
        Assert.Contains("Tỉnh Long An", district, StringComparison.Ordinal); // breadcrumb
    }

    [Fact]
    public async Task The_agency_directory_finds_agencies_without_accents_and_lists_their_tasks()
    {
        var html = await portal.Client.GetStringAsync("/Agencies?q=hoi+khuyen+hoc");
        Assert.Contains("Hội Khuyến học tỉnh Long An", html, StringComparison.Ordinal);
        var id = System.Text.RegularExpressions.Regex.Match(html, "href=\"/Agencies/Details/(\\d+)\">Hội Khuyến học tỉnh Long An").Groups[1].Value;
        var details = await portal.Client.GetStringAsync("/Agencies/Details/" + id);
        Assert.Contains("129/KH-UBND", details, StringComparison.Ordinal);
        Assert.Contains("Chủ trì", details, StringComparison.Ordinal);
    }

    /// <summary>Found by sqlmap: a page number near int.MaxValue overflowed the offset and showed page 1 again.</summary>
    [Theory]
    [InlineData("2147483647")]
    [InlineData("99999999")]
    public async Task A_page_number_past_the_end_shows_the_last_page(string page)
    {
        static List<string> Links(string html) =>
            [.. System.Text.RegularExpressions.Regex.Matches(html, "href=\"/Agencies/Details/(\\d+)\"").Select(m => m.Groups[1].Value)];

        var first = await portal.Client.GetStringAsync("/Agencies?all=true");
        var last = System.Text.RegularExpressions.Regex.Matches(first, "page=(\\d+)\">").Max(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(last > 1, "the full directory should need several pages");

        var huge = Links(await portal.Client.GetStringAsync("/Agencies?all=true&page=" + page));
        Assert.NotEmpty(huge);
        Assert.Equal(Links(await portal.Client.GetStringAsync($"/Agencies?all=true&page={last}")), huge);
        Assert.NotEqual(Links(first), huge);
    }
}
