using System.Globalization;
using System.Net;
using LearningSociety.IntegrationTests.Infrastructure;

namespace LearningSociety.IntegrationTests.Admin;

public sealed class AdminContactTests(AdminPortal portal) : IClassFixture<AdminPortal>
{
    [Fact]
    public async Task A_unit_contact_edited_by_the_admin_shows_on_the_unit_page_and_in_the_log()
    {
        var admin = await portal.Factory.SignedInAsync(AdminPortal.Admin);
        var unitId = (await portal.UnitOfAgencyAsync("28144:ubnd")).ToString(CultureInfo.InvariantCulture);
        var response = await admin.PostFormAsync($"/Admin/Units/Edit/{unitId}", $"/Admin/Units/Edit/{unitId}", new()
        {
            ["ContactName"] = "  Nguyễn Văn Liên  ", ["ContactPhone"] = "0272 3826 123", ["ContactEmail"] = "vanphong.longhuudong@longan.gov.vn",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Đã lưu thông tin liên hệ của đơn vị hành chính.", await admin.GetStringAsync(response.Headers.Location!.OriginalString), StringComparison.Ordinal);

        var officer = await portal.Factory.SignedInAsync("phong.gddt.canduoc@hoctap.local");
        var page = await officer.GetStringAsync($"/Units?id={unitId}");
        Assert.Contains("Nguyễn Văn Liên", page, StringComparison.Ordinal);
        Assert.Contains("0272 3826 123", page, StringComparison.Ordinal);
        Assert.Contains("vanphong.longhuudong@longan.gov.vn", page, StringComparison.Ordinal);

        var audit = await admin.GetStringAsync($"/Admin/Audit?action=unit.contact&entityId={unitId}");
        Assert.Contains("Người liên hệ: (trống) → Nguyễn Văn Liên", audit, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Units?id={unitId}\"", audit, StringComparison.Ordinal);
        Assert.Contains("Đơn vị Xã Long Hựu Đông", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_email_or_phone_is_said_next_to_the_field_and_nothing_is_saved()
    {
        var admin = await portal.Factory.SignedInAsync(AdminPortal.Admin);
        var agencyId = (await portal.AgencyIdAsync("806:phong-gddt")).ToString(CultureInfo.InvariantCulture);
        var response = await admin.PostFormAsync($"/Admin/Agencies/Edit/{agencyId}", $"/Admin/Agencies/Edit/{agencyId}", new()
        {
            ["ShortName"] = "Phòng GD Cần Đước", ["ContactName"] = "Trần Thị Thư", ["ContactPhone"] = "gọi tôi", ["ContactEmail"] = "khong-phai-thu",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Địa chỉ thư điện tử không hợp lệ.", html, StringComparison.Ordinal);
        Assert.Contains("Số điện thoại chỉ gồm chữ số", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Trần Thị Thư\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"khong-phai-thu\"", html, StringComparison.Ordinal);
        Assert.Null(await portal.QueryAsync(db => Task.FromResult(db.Agencies.Single(a => a.Key == "806:phong-gddt").ContactEmail)));
    }

    [Fact]
    public async Task An_agency_contact_feeds_the_agency_page_and_the_log_says_from_and_to()
    {
        var admin = await portal.Factory.SignedInAsync(AdminPortal.Admin);
        var agencyId = (await portal.AgencyIdAsync("806:mttq")).ToString(CultureInfo.InvariantCulture);
        var fields = new Dictionary<string, string>
        {
            ["ShortName"] = "UBMTTQVN huyện Cần Đước", ["ContactName"] = "Phạm Thị Hoa", ["ContactPhone"] = "+84 272 3870 001", ["ContactEmail"] = "mttq.canduoc@longan.gov.vn",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/Admin/Agencies/Edit/{agencyId}", $"/Admin/Agencies/Edit/{agencyId}", fields)).StatusCode);

        var details = WebUtility.HtmlDecode(await admin.GetStringAsync($"/Agencies/Details/{agencyId}"));
        Assert.Contains("Phạm Thị Hoa", details, StringComparison.Ordinal);
        Assert.Contains("+84 272 3870 001", details, StringComparison.Ordinal);

        var list = await admin.GetStringAsync("/Admin/Agencies?q=" + Uri.EscapeDataString("pham thi hoa"));
        Assert.Contains("Ủy ban Mặt trận Tổ quốc Việt Nam huyện Cần Đước", list, StringComparison.Ordinal);

        // Saving the same values again changes nothing and writes nothing.
        var again = await admin.PostFormAsync($"/Admin/Agencies/Edit/{agencyId}", $"/Admin/Agencies/Edit/{agencyId}", fields);
        Assert.Contains("Không có thay đổi nào để lưu.", await admin.GetStringAsync(again.Headers.Location!.OriginalString), StringComparison.Ordinal);
        var audit = await admin.GetStringAsync($"/Admin/Audit?action=agency.contact&entityId={agencyId}");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(audit, "Sửa thông tin liên hệ cơ quan</span>"));
        Assert.Contains("Thư điện tử: (trống) → mttq.canduoc@longan.gov.vn", audit, StringComparison.Ordinal);
    }
}
