using System.Globalization;
using System.Net;
using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Units;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests;

/// <summary>The administrator keeps agency groups in the browser; the directory shows bodies of today unless asked.</summary>
public sealed class AgencyGroupTests(AgencyGroupTests.Portal portal) : IClassFixture<AgencyGroupTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public HttpClient Admin { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Factory.Clock.Now = new DateTimeOffset(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);
            Admin = await Factory.SignedInAsync("admin@hoctap.local");
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private const string Url = "/Admin/Agencies/Group";
    private const string GroupName = "Ủy ban nhân dân các xã, phường tỉnh Tây Ninh (thí điểm)";

    private static string S(int value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_group_with_mistakes_is_refused_field_by_field_keeping_the_input_then_created_edited_and_audited()
    {
        var f = portal.Factory;
        var province = f.Query(db => db.Units.Where(u => u.Code == "80").OrderByDescending(u => u.ValidFrom).First().Id);
        var ended = f.AgencyId("806:phong-gddt");
        var fields = new Dictionary<string, string>
        {
            ["Name"] = GroupName, ["ShortName"] = "UBND cấp xã Tây Ninh", ["UnitId"] = S(province), ["MemberLevel"] = "Province",
            ["ValidFrom"] = "01/07/2026", ["ValidTo"] = "30/06/2026", ["SuccessorId"] = S(ended),
        };

        var refused = await PostAsync(Url, fields);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode); // the admin forms answer 200 with their messages
        Assert.Contains("Thành viên phải là đơn vị cấp dưới của Tỉnh Tây Ninh", html, StringComparison.Ordinal);
        Assert.Contains("Ngày kết thúc không được trước ngày bắt đầu hoạt động.", html, StringComparison.Ordinal);
        Assert.Contains("Phòng Giáo dục và Đào tạo huyện Cần Đước kết thúc ngày 30/06/2025, trước khi nhóm này kết thúc", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{GroupName}\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"01/07/2026\"", html, StringComparison.Ordinal);
        Assert.False(f.Query(db => db.Agencies.Any(a => a.Name == GroupName)));

        var tooLong = await PostAsync(Url, new() { ["Name"] = new string('x', 301), ["UnitId"] = S(province) });
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains("Tên dài tối đa 300 ký tự.", WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        fields["MemberLevel"] = "Commune";
        fields["ValidFrom"] = "01/07/2025";
        fields["ValidTo"] = "";
        fields["SuccessorId"] = "";
        var created = await PostAsync(Url, fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var group = f.Query(db => db.Agencies.AsNoTracking().Single(a => a.Name == GroupName));
        Assert.Equal((AgencyKind.Group, UnitLevel.Commune, province, new DateOnly(2025, 7, 1)), (group.Kind, group.MemberLevel!.Value, group.UnitId, group.ValidFrom!.Value));
        Assert.EndsWith($"/Admin/Agencies/Group/{group.Id}", created.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var page = WebUtility.HtmlDecode(await portal.Admin.GetStringAsync($"{Url}/{group.Id}"));
        var expected = f.Query(db => db.Units.Count(u => u.ParentId == province && u.Level == UnitLevel.Commune && u.ValidTo == null));
        Assert.Equal(96, expected);
        Assert.Contains($"Hôm nay quy tắc này cho <strong>{expected}</strong> cơ quan thành viên", page, StringComparison.Ordinal);

        var successor = f.AgencyId("80/2025:ubnd-cap-xa");
        fields["ValidTo"] = "31/12/2026";
        fields["SuccessorId"] = S(successor);
        var edited = await PostAsync($"{Url}/{group.Id}", fields);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var after = f.Query(db => db.Agencies.AsNoTracking().Single(a => a.Id == group.Id));
        Assert.Equal((new DateOnly(2026, 12, 31), successor), (after.ValidTo!.Value, after.SuccessorId!.Value));

        var audit = f.Query(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "Agency").Select(a => new { a.Action, Summary = a.Details ?? "" }).ToList());
        Assert.Contains(audit, a => a.Action == "agency.group.create" && a.Summary.Contains(GroupName, StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Action == "agency.group.edit" && a.Summary.Contains("Đến: (trống) → 31/12/2026", StringComparison.Ordinal));

        var self = await PostAsync($"{Url}/{group.Id}", new(fields) { ["SuccessorId"] = S(group.Id) });
        Assert.Equal(HttpStatusCode.OK, self.StatusCode);
        Assert.Contains("Cơ quan kế thừa phải là một cơ quan khác trong danh mục.", WebUtility.HtmlDecode(await self.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_directories_list_bodies_of_today_unless_ended_ones_are_asked_for()
    {
        var current = WebUtility.HtmlDecode(await portal.Admin.GetStringAsync("/Agencies?q=giao%20duc%20va%20dao%20tao%20huyen%20can%20duoc&all=true"));
        var all = WebUtility.HtmlDecode(await portal.Admin.GetStringAsync("/Agencies?q=giao%20duc%20va%20dao%20tao%20huyen%20can%20duoc&all=true&ended=true"));
        var admin = WebUtility.HtmlDecode(await portal.Admin.GetStringAsync("/Admin/Agencies?q=giao%20duc%20va%20dao%20tao%20huyen%20can%20duoc&ended=true"));
        var successor = portal.Factory.AgencyId("80/2025:so-gddt");

        Assert.DoesNotContain("Phòng Giáo dục và Đào tạo huyện Cần Đước", current, StringComparison.Ordinal);
        Assert.Contains("Phòng Giáo dục và Đào tạo huyện Cần Đước", all, StringComparison.Ordinal);
        Assert.Contains("đã giải thể", all, StringComparison.Ordinal);
        Assert.Contains("Hoạt động đến 30/06/2025", all, StringComparison.Ordinal);
        Assert.Contains($"Kế thừa: <a href=\"/Agencies/Details/{successor}\">Sở Giáo dục và Đào tạo tỉnh Tây Ninh</a>", all, StringComparison.Ordinal);
        Assert.Contains("Huyện Cần Đước (đã giải thể 30/06/2025 · kế thừa: Sở GD&ĐT tỉnh Tây Ninh)", admin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_account_cannot_be_bound_to_an_ended_body_and_is_told_the_successor()
    {
        var fields = new Dictionary<string, string>
        {
            ["Email"] = "canbo.moi@hoctap.local", ["FullName"] = "Lê Văn Mới", ["Role"] = "DistrictOfficer",
            ["AgencyId"] = S(portal.Factory.AgencyId("806:phong-gddt")), ["Password"] = "Moi@2026-hoctap", ["ConfirmPassword"] = "Moi@2026-hoctap",
        };

        var refused = await PostAsync("/Admin/Users/Create", fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode); // the user form answers 200 with its messages, as before
        Assert.Contains("Phòng GD&ĐT Cần Đước đã giải thể ngày 30/06/2025, trước hôm nay (07/12/2026), nên không thể gắn tài khoản vào cơ quan này. "
            + "Cơ quan kế thừa: Sở GD&ĐT tỉnh Tây Ninh.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(portal.Factory.Query(db => db.Users.Any(u => u.Email == "canbo.moi@hoctap.local")));

        fields["AgencyId"] = S(portal.Factory.AgencyId("80/2025:so-gddt"));
        fields["Role"] = "ProvinceReviewer";
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync("/Admin/Users/Create", fields)).StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string url, Dictionary<string, string> fields)
    {
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await portal.Admin.AntiforgeryTokenAsync(url) };
        return await portal.Admin.PostAsync(url, new FormUrlEncodedContent(body));
    }
}
