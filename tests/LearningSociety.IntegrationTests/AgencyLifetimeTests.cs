using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using LearningSociety.Domain.Plans;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// Bodies live in time: on 7/12/2026 a plan dated 2026 cannot give work to the Phòng GD&amp;ĐT of the
/// abolished Cần Đước district (the editor, the Excel import and the text import all refuse or ask),
/// while a plan dated 2024 still can; pickers hide ended bodies unless asked.
/// </summary>
public sealed partial class AgencyLifetimeTests(AgencyLifetimeTests.Portal portal) : IClassFixture<AgencyLifetimeTests.Portal>
{
    public const string Ended = "806:phong-gddt";
    public const string EndedName = "Phòng Giáo dục và Đào tạo huyện Cần Đước";
    public const string SuccessorKey = "80/2025:so-gddt";

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

    private static string S(int value) => value.ToString(CultureInfo.InvariantCulture);

    private int NewTayNinh => portal.Factory.Query(db => db.Units.Where(u => u.Code == "80").OrderByDescending(u => u.ValidFrom).First().Id);

    [Fact]
    public async Task A_plan_dated_2026_is_refused_the_abolished_Phong_GDDT_with_its_successor_named_and_nothing_is_saved()
    {
        var f = portal.Factory;
        var plan = await CreatePlanAsync("21", "2026-01-15", NewTayNinh, "80/2025:ubnd");
        var item = await portal.Admin.AddItemAsync(plan, null, "1", "Tập huấn cán bộ quản lý trung tâm học tập cộng đồng", isTask: true);

        var response = await portal.Admin.ChangeAsync($"/PlanEditor/Assign/{plan}?itemId={item}", new() { ["Lead"] = S(f.AgencyId(Ended)) });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Phòng GD&ĐT Cần Đước đã giải thể ngày 30/06/2025, trước ngày của kế hoạch (15/01/2026), "
            + "nên không thể giao chủ trì nhiệm vụ cho cơ quan này. Cơ quan kế thừa: Sở GD&ĐT tỉnh Tây Ninh.", html, StringComparison.Ordinal);
        Assert.Empty(f.Query(db => db.TaskAssignments.Where(a => a.PlanItemId == item).ToList()));

        var rule = await portal.Admin.PreviewAsync($"/PlanEditor/Rule/{plan}", new()
        {
            ["FromAgencyId"] = S(f.AgencyId(Ended)), ["ToAgencyId"] = S(f.AgencyId(SuccessorKey)), ["Frequency"] = "Annual",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rule.StatusCode);
        Assert.Contains("nên không thể đặt cơ quan này làm nơi báo cáo", WebUtility.HtmlDecode(await rule.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(f.Query(db => db.ReportingRules.Where(r => r.PlanId == plan).ToList()));

        var successor = await portal.Admin.ChangeAsync($"/PlanEditor/Assign/{plan}?itemId={item}", new() { ["Lead"] = S(f.AgencyId(SuccessorKey)) });
        Assert.Equal(HttpStatusCode.Redirect, successor.StatusCode);
    }

    [Fact]
    public async Task A_plan_dated_2024_can_still_be_assigned_to_the_Phong_GDDT_of_Can_Duoc()
    {
        var f = portal.Factory;
        var plan = await CreatePlanAsync("22", "2024-03-05", f.UnitId("80"), "80:ubnd");
        var item = await portal.Admin.AddItemAsync(plan, null, "1", "Tổng hợp báo cáo của các xã", isTask: true);

        var page = WebUtility.HtmlDecode(await portal.Admin.GetStringAsync($"/PlanEditor/Assign/{plan}?itemId={item}"));
        Assert.Contains(EndedName + " (đã giải thể 30/06/2025 · kế thừa: Sở GD&ĐT tỉnh Tây Ninh)", page, StringComparison.Ordinal);

        var response = await portal.Admin.ChangeAsync($"/PlanEditor/Assign/{plan}?itemId={item}", new() { ["Lead"] = S(f.AgencyId(Ended)) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([f.AgencyId(Ended)], f.Query(db => db.TaskAssignments.Where(a => a.PlanItemId == item).Select(a => a.AgencyId).ToList()));
    }

    [Fact]
    public async Task The_pickers_of_a_2026_plan_list_ended_bodies_only_when_the_switch_is_on()
    {
        var plan = await CreatePlanAsync("23", "2026-02-01", NewTayNinh, "80/2025:ubnd");
        var item = await portal.Admin.AddItemAsync(plan, null, "1", "Rà soát trung tâm học tập cộng đồng", isTask: true);
        var url = $"/PlanEditor/Assign/{plan}?itemId={item}";

        var filtered = await RefreshAsync(url, new() { ["AgencyFilter"] = "Cần Đước" });
        var switched = await RefreshAsync(url, new() { ["AgencyFilter"] = "Cần Đước", ["IncludeEnded"] = "true" });

        Assert.Contains("Hiện cả cơ quan đã giải thể", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain(EndedName, filtered, StringComparison.Ordinal);
        Assert.Contains(EndedName + " (đã giải thể 30/06/2025 · kế thừa: Sở GD&ĐT tỉnh Tây Ninh)", switched, StringComparison.Ordinal);

        var rule = WebUtility.HtmlDecode(await portal.Admin.GetStringAsync($"/PlanEditor/Rule/{plan}"));
        Assert.Contains("Sở Giáo dục và Đào tạo tỉnh Tây Ninh", rule, StringComparison.Ordinal);
        Assert.DoesNotContain("Sở Giáo dục và Đào tạo tỉnh Long An", rule, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Excel_row_naming_the_abolished_body_for_a_2026_plan_is_refused_with_its_successor()
    {
        var f = portal.Factory;
        var plan = await CreatePlanAsync("24", "2026-03-01", NewTayNinh, "80/2025:ubnd");
        await portal.Admin.AddItemAsync(plan, null, "1", "Tập huấn cán bộ", isTask: true);
        await portal.Admin.AddItemAsync(plan, null, "2", "Ngày hội đọc sách", isTask: true);
        using var workbook = new XLWorkbook(new MemoryStream(await portal.Admin.GetByteArrayAsync("/PlanImport/Template")));
        var tasks = workbook.Worksheet("Nhiệm vụ");
        Row(tasks, 2, "1", "Tập huấn cán bộ", "Phòng GD&ĐT huyện Cần Đước", "", "");
        Row(tasks, 3, "2", "Ngày hội đọc sách", "Sở GD&ĐT tỉnh Tây Ninh", "", "");

        var preview = await UploadAsync(plan, workbook);
        var html = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("dòng 2: Phòng GD&ĐT Cần Đước đã giải thể ngày 30/06/2025", html, StringComparison.Ordinal);
        Assert.Contains("Cơ quan kế thừa: Sở GD&ĐT tỉnh Tây Ninh. Dòng này chưa được áp dụng.", html, StringComparison.Ordinal);
        Assert.Contains("Thêm cơ quan chủ trì nhiệm vụ 2: Sở Giáo dục và Đào tạo tỉnh Tây Ninh", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Thêm cơ quan chủ trì nhiệm vụ 1", html, StringComparison.Ordinal);
        var confirm = await portal.Admin.PostAsync($"/AssignmentImport/Apply/{plan}",
            HtmlForm.Parse(html, $"/AssignmentImport/Apply/{plan}").Submit("Step", "Confirm"));
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.DoesNotContain(f.AgencyId(Ended), f.Query(db => db.PlanItems.Where(i => i.PlanId == plan).SelectMany(i => i.Assignments).Select(a => a.AgencyId).ToList()));
    }

    [Fact]
    public async Task The_text_importer_proposes_the_successor_of_an_abolished_body_and_waits_for_confirmation()
    {
        var f = portal.Factory;
        const string text = """
            ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH TÂY NINH                   Độc lập - Tự do - Hạnh phúc

            Số: 31/KH-UBND                  Tây Ninh, ngày 20 tháng 01 năm 2026

            KẾ HOẠCH
            Xây dựng xã hội học tập năm 2026

            I. NHIỆM VỤ

            1. Phòng Giáo dục và Đào tạo huyện Cần Đước chủ trì tổ chức tập huấn cho cán bộ quản lý, hoàn thành trước ngày 30/6/2026.
            """;

        var (html, form) = await portal.Admin.ReviewAsync(text);
        html = WebUtility.HtmlDecode(html);

        Assert.Contains("đã giải thể · cần xác nhận", html, StringComparison.Ordinal);
        Assert.Contains("Cơ quan này đã giải thể 30/06/2025 · kế thừa: Sở GD&ĐT tỉnh Tây Ninh, trước ngày của kế hoạch.", html, StringComparison.Ordinal);
        Assert.Contains("Đề xuất (chưa áp dụng): <strong>Sở Giáo dục và Đào tạo tỉnh Tây Ninh</strong>", html, StringComparison.Ordinal);
        Assert.Equal("", form["Agencies[0].Choice"] ?? "");

        form["IssuerId"] = S(f.AgencyId("80/2025:ubnd"));
        form["UnitId"] = S(NewTayNinh);
        var unconfirmed = await portal.Admin.PostReviewAsync(form, "Confirm");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unconfirmed.StatusCode);
        Assert.Contains("Chọn “Tạo cơ quan mới” hoặc một cơ quan trong danh mục cho “" + EndedName + "”",
            WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        form["Agencies[0].Choice"] = S(f.AgencyId(Ended));
        var ended = await portal.Admin.PostReviewAsync(form, "Confirm");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ended.StatusCode);
        Assert.Contains("nên không thể giao việc cho cơ quan này trong kế hoạch", WebUtility.HtmlDecode(await ended.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        form["Agencies[0].Choice"] = S(f.AgencyId(SuccessorKey));
        var plan = await portal.Admin.ConfirmAsync(form);

        var leads = f.Query(db => db.PlanItems.Where(i => i.PlanId == plan).SelectMany(i => i.Assignments)
            .Where(a => a.Role == AssignmentRole.Lead).Select(a => a.Agency!.Key).ToList());
        Assert.Equal([SuccessorKey], leads);
    }

    [Fact]
    public async Task A_plan_dated_2026_cannot_be_issued_by_the_committee_of_the_merged_Long_An()
    {
        var response = await portal.Admin.PreviewAsync("/PlanEditor/Create", new()
        {
            ["Number"] = "25", ["Symbol"] = "KH-UBND", ["IssuedOn"] = "05/01/2026", ["IssuerId"] = S(portal.Factory.AgencyId("80:ubnd")),
            ["UnitId"] = S(portal.Factory.UnitId("80")), ["Kind"] = "Annual", ["Title"] = "Kế hoạch của một cơ quan đã giải thể",
            ["PeriodStartYear"] = "2026", ["PeriodEndYear"] = "2026",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("đã giải thể ngày 30/06/2025, trước ngày của kế hoạch (05/01/2026), nên không thể ban hành kế hoạch này.", html, StringComparison.Ordinal);
        Assert.Contains(">Kế hoạch của một cơ quan đã giải thể</textarea>", html, StringComparison.Ordinal);
    }

    private async Task<int> CreatePlanAsync(string number, string issuedOn, int unitId, string issuerKey)
    {
        var response = await portal.Admin.ChangeAsync("/PlanEditor/Create", new()
        {
            ["Number"] = number, ["Symbol"] = "KH-UBND", ["IssuedOn"] = issuedOn,
            ["IssuerId"] = S(portal.Factory.AgencyId(issuerKey)), ["UnitId"] = S(unitId), ["Kind"] = "Annual",
            ["Title"] = "Kế hoạch thử nghiệm cơ quan theo thời gian " + number,
            ["PeriodStartYear"] = issuedOn[..4], ["PeriodEndYear"] = issuedOn[..4],
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(PlanId().Match(response.Headers.Location!.OriginalString).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private async Task<string> RefreshAsync(string url, Dictionary<string, string> fields)
    {
        var form = await portal.Admin.GetStringAsync(url);
        var body = new Dictionary<string, string>(fields)
        {
            ["Step"] = "Refresh",
            ["Version"] = EditorClient.Hidden(form, "Version"),
            ["__RequestVerificationToken"] = await portal.Admin.AntiforgeryTokenAsync(url),
        };
        var response = await portal.Admin.PostAsync(url, new FormUrlEncodedContent(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> UploadAsync(int plan, XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        var token = await portal.Admin.AntiforgeryTokenAsync($"/AssignmentImport/Index/{plan}");
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(stream.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", "phan-cong.xlsx");
        return await portal.Admin.PostAsync($"/AssignmentImport/Upload/{plan}", content);
    }

    private static void Row(IXLWorksheet sheet, int row, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            sheet.Cell(row, i + 1).Value = values[i].ToString();
        }
    }

    [GeneratedRegex(@"/PlanEditor/Edit/(\d+)")]
    private static partial Regex PlanId();
}
