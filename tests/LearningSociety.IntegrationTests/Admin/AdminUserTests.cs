using System.Net;
using LearningSociety.Domain.Identity;
using LearningSociety.IntegrationTests.Infrastructure;
using LearningSociety.Web.Features.Account;

namespace LearningSociety.IntegrationTests.Admin;

public sealed class AdminUserTests(AdminPortal portal) : IClassFixture<AdminPortal>
{
    private const string StrongPassword = "Khoi@Tao2024";

    private async Task<HttpResponseMessage> CreateAsync(HttpClient admin, string email, string name, string role, int? agencyId, string password = StrongPassword) =>
        await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", new()
        {
            ["Email"] = email, ["FullName"] = name, ["Role"] = role, ["AgencyId"] = agencyId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["AgencyQuery"] = "", ["Password"] = password, ["ConfirmPassword"] = password,
        });

    private async Task<string> CreatedIdAsync(HttpClient admin, string email, string role, string agencyKey)
    {
        var response = await CreateAsync(admin, email, "Người dùng " + email, role, await portal.AgencyIdAsync(agencyKey));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await portal.UserAsync(email)).Id;
    }

    [Fact]
    public async Task An_admin_creates_a_user_who_signs_in_and_sees_their_agency()
    {
        var admin = await portal.Factory.SignedInAsync(AdminPortal.Admin);
        var agencyId = await portal.AgencyIdAsync("28111:ubnd");
        var response = await CreateAsync(admin, "can.bo.longtrach@hoctap.local", "Đỗ Thị Hạnh", Roles.CommuneOfficer, agencyId);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await admin.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Đã tạo tài khoản can.bo.longtrach@hoctap.local.", list, StringComparison.Ordinal);
        Assert.Contains("Đỗ Thị Hạnh", list, StringComparison.Ordinal);

        var user = await portal.UserAsync("can.bo.longtrach@hoctap.local");
        Assert.Equal(await portal.UnitOfAgencyAsync("28111:ubnd"), user.UnitId);
        Assert.Equal(new[] { Roles.CommuneOfficer }, await portal.RolesAsync(user.Email!));

        var client = portal.Factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("can.bo.longtrach@hoctap.local", StrongPassword)).StatusCode);
        var home = await client.GetStringAsync("/");
        Assert.Contains("Long Trạch", home, StringComparison.Ordinal);
        Assert.Contains("Cán bộ UBND cấp xã", home, StringComparison.Ordinal);

        var audit = await admin.GetStringAsync("/Admin/Audit?action=user.create");
        Assert.Contains("Tạo tài khoản", audit, StringComparison.Ordinal);
        Assert.Contains("can.bo.longtrach@hoctap.local · Cán bộ UBND cấp xã · Ủy ban nhân dân xã Long Trạch", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weak_initial_password_is_refused_in_Vietnamese_and_the_typed_fields_are_kept()
    {
        var admin = await portal.Factory.SignedInAsync(AdminPortal.Admin);
        var response = await CreateAsync(admin, "yeu@hoctap.local", "Trần Văn Yếu", Roles.Leader, await portal.AgencyIdAsync("80:ubnd"), "abc");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", html, StringComparison.Ordinal);
        Assert.Contains("Mật khẩu phải có ít nhất một chữ hoa (A-Z).", html, StringComparison.Ordinal);
        Assert.Contains("value=\"yeu@hoctap.local\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Trần Văn Yếu\"", html, StringComparison.Ordinal);
        Assert.Matches($"<option (value=\"{Roles.Leader}\" selected=\"selected\"|selected=\"selected\" value=\"{Roles.Leader}\")>", html);
        Assert.Null(await QueryUserAsync("yeu@hoctap.local"));
    }

    [Fact]
    public async Task A_taken_email_and_a_missing_agency_are_said_next_to_their_fields()
    {
        var admin = await portal.Factory.SignedInAsync(AdminPortal.Admin);
        var response = await CreateAsync(admin, "so.gddt@hoctap.local", "Trùng Tên", Roles.CommuneOfficer, null);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Địa chỉ thư điện tử so.gddt@hoctap.local đã được dùng.", html, StringComparison.Ordinal);
        Assert.Contains("Vui lòng chọn cơ quan, đơn vị của người dùng.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Email-error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agency_filter_narrows_the_list_without_losing_what_was_typed()
    {
        var admin = await portal.Factory.SignedInAsync(AdminPortal.Admin);
        var response = await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", new()
        {
            ["Email"] = "dang.go@hoctap.local", ["FullName"] = "Lý Văn Gõ", ["Role"] = Roles.CommuneOfficer, ["AgencyId"] = "",
            ["AgencyQuery"] = "long huu dong", ["Password"] = "", ["ConfirmPassword"] = "", ["command"] = "find-agency",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ủy ban nhân dân xã Long Hựu Đông", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ủy ban nhân dân xã Long Trạch", html, StringComparison.Ordinal);
        Assert.Contains("value=\"dang.go@hoctap.local\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Lý Văn Gõ\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-invalid=\"true\"", html, StringComparison.Ordinal); // nothing is reported wrong while searching

        var json = await admin.GetStringAsync("/Admin/Users/AgencyOptions?q=" + Uri.EscapeDataString("Long Hựu"));
        Assert.Contains("Ủy ban nhân dân xã Long Hựu Đông", System.Text.RegularExpressions.Regex.Unescape(json), StringComparison.Ordinal);
        Assert.Contains("\"matched\":", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_change_shows_in_the_audit_log_with_before_and_after()
    {
        var admin = await portal.Factory.SignedInAsync(AdminPortal.Admin);
        var id = await CreatedIdAsync(admin, "doi.vai.tro@hoctap.local", Roles.CommuneOfficer, "28144:ubnd");
        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{id}", $"/Admin/Users/Edit/{id}", new()
        {
            ["FullName"] = "Người dùng đổi vai trò", ["Role"] = Roles.AgencyReporter, ["AgencyId"] = (await portal.AgencyIdAsync("806:mttq")).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AgencyQuery"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new[] { Roles.AgencyReporter }, await portal.RolesAsync("doi.vai.tro@hoctap.local"));
        Assert.Equal(await portal.UnitOfAgencyAsync("806:mttq"), (await portal.UserAsync("doi.vai.tro@hoctap.local")).UnitId);

        var audit = await admin.GetStringAsync("/Admin/Audit?user=" + Uri.EscapeDataString("doi.vai.tro"));
        Assert.Contains("Đổi vai trò", audit, StringComparison.Ordinal);
        Assert.Contains("doi.vai.tro@hoctap.local: Cán bộ UBND cấp xã → Cán bộ cơ quan, đơn vị", audit, StringComparison.Ordinal);
        Assert.Contains("Sửa thông tin tài khoản", audit, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Admin/Users/Edit/{id}\"", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_cannot_remove_their_own_admin_role_nor_lock_themselves_out()
    {
        var admin = await portal.Factory.SignedInAsync(AdminPortal.Admin);
        var self = (await portal.UserAsync(AdminPortal.Admin)).Id;
        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{self}", $"/Admin/Users/Edit/{self}", new()
        {
            ["FullName"] = "Quản trị hệ thống", ["Role"] = Roles.ProvinceReviewer, ["AgencyId"] = (await portal.AgencyIdAsync("80:so-gddt")).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bạn không thể bỏ vai trò Quản trị hệ thống của chính mình.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(new[] { Roles.Admin }, await portal.RolesAsync(AdminPortal.Admin));

        var edit = await admin.GetStringAsync($"/Admin/Users/Edit/{self}");
        Assert.DoesNotContain($"/Admin/Users/Lock/{self}", edit, StringComparison.Ordinal);
        var locked = await admin.PostFormAsync($"/Admin/Users/Edit/{self}", $"/Admin/Users/Lock/{self}", []);
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Contains("Bạn không thể tự khóa tài khoản của chính mình.", await admin.GetStringAsync(locked.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Null((await portal.UserAsync(AdminPortal.Admin)).LockoutEnd);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Users")).StatusCode);
    }

    [Fact]
    public async Task A_locked_user_cannot_sign_in_until_unlocked_and_both_are_audited()
    {
        var admin = await portal.Factory.SignedInAsync(AdminPortal.Admin);
        var id = await CreatedIdAsync(admin, "bi.khoa@hoctap.local", Roles.Leader, "80:ubnd");
        var session = portal.Factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await session.LoginAsync("bi.khoa@hoctap.local", StrongPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/Plans")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/Admin/Users/Edit/{id}", $"/Admin/Users/Lock/{id}", [])).StatusCode);
        var refused = await portal.Factory.CreatePortalClient().LoginAsync("bi.khoa@hoctap.local", StrongPassword);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(AccountController.FailedSignIn, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Bị khóa bởi quản trị viên", await admin.GetStringAsync($"/Admin/Users/Edit/{id}"), StringComparison.Ordinal);

        // The open session ends once its cookie is checked again (every minute).
        portal.Factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/Plans")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/Admin/Users/Edit/{id}", $"/Admin/Users/Unlock/{id}", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await portal.Factory.CreatePortalClient().LoginAsync("bi.khoa@hoctap.local", StrongPassword)).StatusCode);

        var audit = await admin.GetStringAsync($"/Admin/Audit?entityId={id}");
        Assert.Contains("bi.khoa@hoctap.local: Hoạt động → Bị khóa", audit, StringComparison.Ordinal);
        Assert.Contains("bi.khoa@hoctap.local: Bị khóa → Hoạt động", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_set_by_the_admin_follows_the_policy_and_replaces_the_old_one()
    {
        var admin = await portal.Factory.SignedInAsync(AdminPortal.Admin);
        var id = await CreatedIdAsync(admin, "quen.mat.khau@hoctap.local", Roles.ProvinceReviewer, "80:so-gddt");

        var weak = await admin.PostFormAsync($"/Admin/Users/Password/{id}", $"/Admin/Users/Password/{id}", new() { ["NewPassword"] = "khongcohoa1!", ["ConfirmPassword"] = "khongcohoa1!" });
        Assert.Contains("Mật khẩu phải có ít nhất một chữ hoa (A-Z).", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var ok = await admin.PostFormAsync($"/Admin/Users/Password/{id}", $"/Admin/Users/Password/{id}", new() { ["NewPassword"] = "Mat@KhauMoi2025", ["ConfirmPassword"] = "Mat@KhauMoi2025" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await portal.Factory.CreatePortalClient().LoginAsync("quen.mat.khau@hoctap.local", StrongPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await portal.Factory.CreatePortalClient().LoginAsync("quen.mat.khau@hoctap.local", "Mat@KhauMoi2025")).StatusCode);
        Assert.Contains("Quản trị viên đặt lại mật khẩu", await admin.GetStringAsync($"/Admin/Audit?action=user.password&entityId={id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_user_list_search_ignores_accents_and_the_role_filter_narrows_it()
    {
        var admin = await portal.Factory.SignedInAsync(AdminPortal.Admin);
        var byName = await admin.GetStringAsync("/Admin/Users?q=" + Uri.EscapeDataString("nguyen thi LAN"));
        Assert.Contains("so.gddt@hoctap.local", byName, StringComparison.Ordinal);
        Assert.DoesNotContain("lanhdao@hoctap.local", byName, StringComparison.Ordinal);

        var byAgency = await admin.GetStringAsync("/Admin/Users?q=" + Uri.EscapeDataString("Mặt trận"));
        Assert.Contains("mttq.canduoc@hoctap.local", byAgency, StringComparison.Ordinal);

        var leaders = await admin.GetStringAsync("/Admin/Users?role=" + Roles.Leader);
        Assert.Contains("lanhdao@hoctap.local", leaders, StringComparison.Ordinal);
        Assert.DoesNotContain("so.gddt@hoctap.local", leaders, StringComparison.Ordinal);
    }

    private Task<string?> QueryUserAsync(string email) =>
        portal.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(
            db.Users.Where(u => u.Email == email).Select(u => u.Id)));
}
