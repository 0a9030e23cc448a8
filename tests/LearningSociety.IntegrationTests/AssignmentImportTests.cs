using System.Net;
using System.Net.Http.Headers;
using ClosedXML.Excel;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests;

/// <summary>"Nhập phân công/chỉ tiêu từ Excel": template download, filled upload, preview with row errors, confirm.</summary>
public sealed class AssignmentImportTests(AssignmentImportTests.Portal portal) : IClassFixture<AssignmentImportTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public HttpClient Author { get; private set; } = null!;

        public int PlanId { get; private set; }

        public async Task InitializeAsync()
        {
            Author = await Factory.SignedInAsync("so.gddt@hoctap.local");
            PlanId = await Author.ConfirmAsync((await Author.ReviewAsync(SampleImportPlan.Text)).Form);
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    [Fact]
    public async Task A_filled_template_is_previewed_with_row_errors_and_applied_only_on_confirm()
    {
        var template = await portal.Author.GetAsync("/PlanImport/Template");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template.Content.Headers.ContentType!.MediaType);
        using var workbook = new XLWorkbook(new MemoryStream(await template.Content.ReadAsByteArrayAsync()));
        var tasks = workbook.Worksheet("Nhiệm vụ");
        Row(tasks, 2, "II.1", "Tổ chức tập huấn cho cán bộ quản lý", "Sở Giáo dục và Đào tạo tỉnh Long An", "Hội Khuyến học tỉnh Long An; Tỉnh Đoàn Long An", "trước ngày 31/8/2025");
        Row(tasks, 3, "II.9", "Nhiệm vụ không có trong kế hoạch", "Sở GD&ĐT tỉnh Long An", "", "");
        Row(tasks, 4, "II.2", "Vận động hội viên", "Ban Quản lý dự án XYZ", "", "");
        Row(tasks, 5, "II.3", "Ngày hội đọc sách", "Tỉnh Đoàn Long An", "", "thường xuyên");
        var targets = workbook.Worksheet("Chỉ tiêu");
        Row(targets, 2, "T9", "Người lao động có kỹ năng số", "Tỷ lệ", "%", "", "", "Tỉnh", 2025, 65);
        Row(targets, 3, "T10", "Cộng đồng học tập cấp xã xếp loại", "Xếp loại", "cộng đồng học tập", "", "", "Xã", 2025, 50);

        var preview = await UploadAsync(Save(workbook), "phan-cong.xlsx");
        var html = await preview.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Thêm cơ quan phối hợp nhiệm vụ II.1: Tỉnh Đoàn Long An", html, StringComparison.Ordinal);
        Assert.Contains("Sửa thời hạn nhiệm vụ II.1", html, StringComparison.Ordinal);
        Assert.Contains("Thêm chỉ tiêu T9", html, StringComparison.Ordinal);
        // A rating goal reads with its level, as everywhere else (issue 15).
        Assert.Contains("năm 2025 cần đạt 50% xếp loại Tốt", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("Trang tính “Nhiệm vụ”, dòng 3: không tìm thấy nhiệm vụ số “II.9” trong kế hoạch", html, StringComparison.Ordinal);
        Assert.Contains("dòng 4: không tìm thấy cơ quan “Ban Quản lý dự án XYZ”", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Tỉnh Đoàn Long An", Cooperating("II.1"));

        var form = HtmlForm.Parse(html, $"/AssignmentImport/Apply/{portal.PlanId}");
        var confirm = await portal.Author.PostAsync($"/AssignmentImport/Apply/{portal.PlanId}", form.Submit("Step", "Confirm"));

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal($"/PlanEditor/Edit/{portal.PlanId}", confirm.Headers.Location!.OriginalString);
        Assert.Contains("Tỉnh Đoàn Long An", Cooperating("II.1"));
        var item = portal.Factory.Query(db => db.PlanItems.AsNoTracking().Include(i => i.Assignments).ThenInclude(a => a.Agency)
            .Single(i => i.PlanId == portal.PlanId && i.Number == "II.3"));
        Assert.Equal(["Tỉnh Đoàn Long An"], item.Assignments.Where(a => a.Role == AssignmentRole.Lead).Select(a => a.Agency!.Name));
        Assert.Equal(DeadlineKind.Ongoing, item.Deadline!.Kind);
        var target = portal.Factory.Query(db => db.Targets.AsNoTracking().Include(t => t.Values).Single(t => t.PlanId == portal.PlanId && t.Code == "T9"));
        Assert.Equal((TargetKind.Percentage, 65m, 2025), (target.Kind, target.Values.Single().Value, target.Values.Single().Year!.Value));
        Assert.Empty(portal.Factory.Query(db => db.PlanItems.Where(i => i.PlanId == portal.PlanId && i.Number == "II.2")
            .SelectMany(i => i.Assignments).Where(a => a.Agency!.Name == "Ban Quản lý dự án XYZ").ToList()));
    }

    [Theory]
    [InlineData("ke-hoach.xlsx", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", "không phải bảng tính Excel")]
    [InlineData("rong.xlsx", "", "không phải bảng tính Excel")]
    public async Task A_file_that_is_not_a_workbook_gets_a_clear_message_and_changes_nothing(string name, string content, string message)
    {
        var version = portal.Factory.Query(db => db.Plans.Single(p => p.Id == portal.PlanId).Version);

        var response = await UploadAsync(System.Text.Encoding.UTF8.GetBytes(content), name);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, ImportClient.Alert(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(version, portal.Factory.Query(db => db.Plans.Single(p => p.Id == portal.PlanId).Version));
    }

    [Fact]
    public async Task A_workbook_that_unzips_to_gigabytes_is_refused_within_its_budget_and_the_memory_comes_back()
    {
        var bomb = ZipBomb.Make("xl/worksheets/sheet1.xml", 1536L * 1024 * 1024);
        Assert.True(bomb.Length < 3 * 1024 * 1024, $"the bomb is {bomb.Length:N0} bytes");
        var version = portal.Factory.Query(db => db.Plans.Single(p => p.Id == portal.PlanId).Version);
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var response = await UploadAsync(bomb, "phan-cong.xlsx");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Bảng tính sau khi giải nén quá lớn (vượt quá 25 MB)", ImportClient.Alert(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(version, portal.Factory.Query(db => db.Plans.Single(p => p.Id == portal.PlanId).Version));
        // The server inflated it through one small buffer: nothing near the expanded size was ever held.
        Assert.True(GC.GetTotalMemory(forceFullCollection: true) - before < 200L * 1024 * 1024);
    }

    [Fact]
    public async Task A_district_office_cannot_import_into_a_province_plan()
    {
        var district = await portal.Factory.SignedInAsync("phong.gddt.canduoc@hoctap.local");
        var response = await district.GetAsync($"/AssignmentImport/Index/{portal.PlanId}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private List<string> Cooperating(string number) => portal.Factory.Query(db => db.PlanItems.AsNoTracking()
        .Include(i => i.Assignments).ThenInclude(a => a.Agency)
        .Single(i => i.PlanId == portal.PlanId && i.Number == number)
        .Assignments.Where(a => a.Role == AssignmentRole.Cooperating).Select(a => a.Agency!.Name).ToList());

    private async Task<HttpResponseMessage> UploadAsync(byte[] bytes, string name)
    {
        var token = await portal.Author.AntiforgeryTokenAsync($"/AssignmentImport/Index/{portal.PlanId}");
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", name);
        return await portal.Author.PostAsync($"/AssignmentImport/Upload/{portal.PlanId}", content);
    }

    private static void Row(IXLWorksheet sheet, int row, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            sheet.Cell(row, i + 1).Value = values[i];
        }
    }

    private static byte[] Save(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
