using System.Globalization;
using System.Net;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// The gaps the limits walk (<see cref="FormLimitsTests"/>) listed, one by one: each form refuses the value
/// with the message beside its field, shows what was typed, and saves nothing — a character the binder took
/// out is said, not swallowed; a typed day or number has the range that fits its field.
/// </summary>
public sealed class TypedFormFieldTests(TypedFormFieldTests.Portal portal) : IClassFixture<TypedFormFieldTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public HttpClient Author { get; private set; } = null!;

        public async Task InitializeAsync() => Author = await Factory.SignedInAsync("so.gddt@hoctap.local");

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private static int nextNumber = 300;

    private const string Cleaned = "cổng đã bỏ ký tự đó";

    private static string S(int value) => value.ToString(CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Deadline.Kind=FixedDate", "Deadline.Date", "31/12/9999", "Hạn chót (dd/mm/yyyy) phải từ 01/01/1945 đến 31/12/2100.")]
    [InlineData("Deadline.Kind=FixedDate", "Deadline.Date", "01/01/0001", "Hạn chót (dd/mm/yyyy) phải từ 01/01/1945 đến 31/12/2100.")]
    [InlineData("Deadline.Kind=Quarter", "Deadline.Year", "9999", "Năm phải từ 1945 đến 2100.")]
    [InlineData("Deadline.Kind=Quarter", "Deadline.Year", "2147483648", "Năm (1945–2100): “2147483648” không hợp lệ")]
    [InlineData("Deadline.Kind=Quarter", "Deadline.Quarter", "-2147483649", "Quý (1–4): “-2147483649” không hợp lệ")]
    [InlineData("Deadline.Kind=Quarter", "Deadline.Quarter", "5", "Quý phải từ 1 đến 4")]
    [InlineData("Deadline.Kind=Annual", "Deadline.Month", "1e29", "Tháng (1–12): “1e29” không hợp lệ")]
    [InlineData("Deadline.Kind=Ongoing", "Outline[0].Order", "2147483648", "Thứ tự (0–9999): “2147483648” không hợp lệ")]
    [InlineData("Deadline.Kind=Ongoing", "Outline[0].Order", "10000", "Thứ tự là số nguyên từ 0 đến 9999.")]
    public async Task The_rule_editor_refuses_days_and_numbers_outside_their_range_and_keeps_them(string kind, string field, string value, string message)
    {
        var f = portal.Factory;
        var id = await portal.Author.CreatePlanAsync(f, S(Interlocked.Increment(ref nextNumber)), "Kế hoạch thử giới hạn của quy định báo cáo");
        var fields = new Dictionary<string, string>
        {
            ["FromAgencyId"] = S(f.AgencyId("80:so-gddt")), ["ToAgencyId"] = S(f.AgencyId("80:ubnd")), ["Frequency"] = "Annual",
            [kind.Split('=')[0]] = kind.Split('=')[1], ["Deadline.Year"] = "2025", ["Deadline.Quarter"] = "2", ["Deadline.Day"] = "10", ["Deadline.Month"] = "12",
            ["Deadline.Date"] = "15/12/2025",
            ["Outline[0].Number"] = "I", ["Outline[0].Title"] = "Kết quả thực hiện", ["Outline[0].Order"] = "10",
        };
        fields[field] = value;

        var response = await portal.Author.ChangeAsync($"/PlanEditor/Rule/{id}", fields);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains($"name=\"{field}\" value=\"{value}\"", html.Replace(" maxlength=\"10\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(0, f.Query(db => db.ReportingRules.Count(r => r.PlanId == id)));
    }

    [Fact]
    public async Task A_change_form_says_when_a_character_was_taken_out_and_saves_nothing()
    {
        var f = portal.Factory;
        var id = await portal.Author.CreatePlanAsync(f, "41", "Kế hoạch thử ký tự điều khiển");
        var phase = await portal.Author.PreviewAsync($"/PlanEditor/Phase/{id}", new()
        {
            ["Name"] = "Giai đoạn\u0007 2025", ["Start"] = "01/01/2025", ["End"] = "31/12/2025", ["Review"] = "Final",
        });
        var html = WebUtility.HtmlDecode(await phase.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, phase.StatusCode);
        Assert.Contains(Cleaned, html, StringComparison.Ordinal);
        Assert.Contains("value=\"Giai đoạn 2025\"", html, StringComparison.Ordinal); // what is left, for the user to check

        // (A NUL never reaches a form: the request is refused before, with its own page.)
        var before = f.Query(db => db.Agencies.Count());
        var agency = await portal.Author.PostFormAsync($"/PlanEditor/NewAgency/{id}", $"/PlanEditor/NewAgency/{id}", new()
        {
            ["Name"] = "Sở Văn hóa\uFFFE tỉnh Long An", ["Kind"] = "Department", ["UnitId"] = S(f.UnitId("80")),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, agency.StatusCode);
        Assert.Contains(Cleaned, WebUtility.HtmlDecode(await agency.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, f.Query(db => db.Agencies.Count()));
        Assert.Equal(0, f.Query(db => db.PlanPhases.Count(p => p.PlanId == id)));
    }

    [Theory]
    [InlineData("ValidFrom", "01/01/0001", "Hoạt động từ ngày phải từ 01/01/1945 đến 31/12/2100.")]
    [InlineData("ValidTo", "31/12/9999", "Đến hết ngày phải từ 01/01/1945 đến 31/12/2100.")]
    [InlineData("ValidTo", "31/02/2025", "Đến hết ngày: “31/02/2025” không hợp lệ")]
    public async Task An_agency_groups_validity_has_a_range(string field, string value, string message)
    {
        var f = portal.Factory;
        var admin = await f.SignedInAsync("admin@hoctap.local");
        var name = "Nhóm thử ngày " + field + value;
        var response = await admin.PostFormAsync("/Admin/Agencies/Group", "/Admin/Agencies/Group", new()
        {
            ["Name"] = name, ["UnitId"] = S(f.UnitId("80")), [field] = value,
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{value}\"", html, StringComparison.Ordinal);
        Assert.Equal(0, f.Query(db => db.Agencies.Count(a => a.Name == name)));
    }

    [Fact]
    public async Task The_user_forms_agency_filter_has_a_limit_and_says_so()
    {
        var admin = await portal.Factory.SignedInAsync("admin@hoctap.local");
        var query = new string('x', 201);
        var response = await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", new()
        {
            ["Email"] = "loc.dai@hoctap.local", ["FullName"] = "Lê Lọc Dài", ["Role"] = "", ["AgencyId"] = "",
            ["AgencyQuery"] = query, ["Password"] = "", ["ConfirmPassword"] = "", ["command"] = "find-agency",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Từ tìm dài tối đa 200 ký tự.", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{query}\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/Admin/Users/AgencyOptions?q=" + query)).StatusCode);
    }
}
