using System.Net;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace LearningSociety.IntegrationTests;

/// <summary>"Nhập kế hoạch từ văn bản" over HTTP: paste or upload, review beside the source, correct, confirm.</summary>
public sealed class PlanImportTests(PlanImportTests.Portal portal, ITestOutputHelper output) : IClassFixture<PlanImportTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public HttpClient Author { get; private set; } = null!;

        public async Task InitializeAsync() => Author = await Factory.SignedInAsync("so.gddt@hoctap.local");

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private int Plans() => portal.Factory.Query(db => db.Plans.Count());

    [Fact]
    public async Task Pasting_seed_004_proposes_its_tasks_and_agencies_and_only_confirming_saves_the_plan()
    {
        var before = Plans();
        var expected = SeedCounts.All().Single(s => s.Source.StartsWith("004", StringComparison.Ordinal));

        await portal.Author.ReviewAsync(ImportClient.SeedText("003")); // warm-up: the first request compiles views
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (html, form) = await portal.Author.ReviewAsync(ImportClient.SeedText("004"));
        var readIn = clock.ElapsedMilliseconds;

        Assert.Contains("id=\"src-1\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"import-known-agency\">Phòng Giáo dục và Đào tạo", html, StringComparison.Ordinal);
        Assert.Contains("Cổng hiểu là:", html, StringComparison.Ordinal);
        Assert.Equal("KH-BCĐ", form["Symbol"]);
        // The draft travels in the page: keep an eye on what that costs.
        output.WriteLine($"seed 004: text {ImportClient.SeedText("004").Length} chars, read and reviewed in {readIn} ms, review page {html.Length} chars, protected draft {form["State"]!.Length} chars");
        Assert.True(form["State"]!.Length < 200_000);
        var tasks = ImportClient.TaskCount(form);
        // The importer marks one item more as a task than the hand-made seed (an item whose subject is an agency).
        Assert.InRange(tasks, expected.Tasks, expected.Tasks + 1);
        Assert.Equal(before, Plans());

        var check = await portal.Author.PostReviewAsync(form, "Check");
        var checkHtml = await check.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Contains("Bản nháp hợp lệ", checkHtml, StringComparison.Ordinal);
        Assert.Equal(before, Plans());

        var confirm = await portal.Author.PostReviewAsync(HtmlForm.Parse(checkHtml, ImportClient.ReviewAction), "Confirm");

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var id = int.Parse(confirm.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var plan = portal.Factory.Query(db => db.Plans.AsNoTracking().Include(p => p.Items).ThenInclude(i => i.Assignments).Single(p => p.Id == id));
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Null(plan.SourceFile);
        Assert.Equal(tasks, plan.Items.Count(i => i.IsTask));
        Assert.Equal(ImportClient.NodeCount(form), plan.Items.Count);
        Assert.True(plan.Items.SelectMany(i => i.Assignments).Count() >= expected.Tasks);
        Assert.Equal(before + 1, Plans());
        Assert.Equal(HttpStatusCode.OK, (await portal.Author.GetAsync(confirm.Headers.Location)).StatusCode);
        Assert.Equal(1, portal.Factory.Query(db => db.AuditEntries.Count(a => a.Action == "plan.import" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task A_guessed_field_blocks_Xac_nhan_luu_until_it_is_corrected_or_ticked_and_nothing_typed_is_lost()
    {
        const string text = """
            ỦY BAN NHÂN DÂN
            TỈNH HẢI DƯƠNG
            Số: 4206/KH-UBND
            Hải Dương, ngày 15 tháng 11 năm 2021
            KẾ HOẠCH
            Xây dựng xã hội học tập trên địa bàn tỉnh
            I. MỤC TIÊU
            1. Có 95% xã đạt chuẩn xóa mù chữ mức độ 2.
            II. NHIỆM VỤ
            1. Sở Giáo dục và Đào tạo chủ trì tổ chức tuyên truyền về học tập suốt đời.
            """;
        var before = Plans();
        var (html, form) = await portal.Author.ReviewAsync(text, confirmGuesses: false);
        var guesses = ImportClient.Guesses(html);
        Assert.Contains("cần kiểm tra", html, StringComparison.Ordinal);
        // A body the directory does not have is proposed, never replaced by a look-alike.
        Assert.Contains(("Confirmed", "Issuer"), guesses);
        Assert.Contains("Ủy ban nhân dân tỉnh Hải Dương", html, StringComparison.Ordinal);
        Assert.Contains(guesses, g => g.Name.StartsWith("Targets[", StringComparison.Ordinal)); // "Có 95%" has no year: a guess
        Assert.Null(form["IssuerId"] is "" ? null : form["IssuerId"]);

        // The person picks the issuer and the unit (a correction), types a title, and confirms without ticking the rest.
        form["IssuerId"] = FirstOption(html, "IssuerId");
        form["UnitId"] = FirstOption(html, "UnitId");
        form["Title"] = "Kế hoạch xây dựng xã hội học tập (đã sửa)";
        var refused = await portal.Author.PostReviewAsync(form, "Confirm");
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Chưa lưu", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("Cần kiểm tra: trường này được đọc bằng suy đoán", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("năm của chỉ tiêu này được suy đoán", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("(đã sửa)", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(before, Plans());

        // A forged post that drops the ticks is refused the same way: the check is the server's.
        var again = HtmlForm.Parse(refusedHtml, ImportClient.ReviewAction);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await portal.Author.PostReviewAsync(again, "Confirm")).StatusCode);

        ImportClient.ConfirmGuesses(refusedHtml, again);
        var id = await portal.Author.ConfirmAsync(again);
        Assert.Equal("Kế hoạch xây dựng xã hội học tập (đã sửa)", portal.Factory.Query(db => db.Plans.Single(p => p.Id == id).Title));
        Assert.Equal(before + 1, Plans());
    }

    [Fact]
    public async Task A_pdf_with_a_text_layer_reaches_the_review_page_a_scanned_one_goes_to_OCR_and_a_damaged_one_gets_a_message()
    {
        var before = Plans();
        var lines = ImportClient.SeedText("003").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(40).ToList();
        var response = await portal.Author.ReadAsync(fileName: "ke-hoach.pdf", file: ImportClient.Pdf(lines));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, ImportClient.Alert(html));
        Assert.Equal("KH-UBND", HtmlForm.Parse(html, ImportClient.ReviewAction)["Symbol"]);

        // Blank pages: no text layer, so read by OCR in the background (ScannedPlanImportTests), which finds no letters.
        var scan = await portal.Author.ReadAsync(fileName: "scan.pdf", file: ImportClient.Pdf([], pages: 3));
        Assert.Equal(HttpStatusCode.Redirect, scan.StatusCode);
        Assert.StartsWith("/PlanImport/Ocr/", scan.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var damaged = await portal.Author.ReadAsync(fileName: "hong.pdf", file: "%PDF-1.7\n garbage"u8.ToArray());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, damaged.StatusCode);
        Assert.Contains("bị hỏng", await damaged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, Plans());
    }

    private static string FirstOption(string html, string select)
    {
        var body = System.Text.RegularExpressions.Regex.Match(html, $"<select[^>]*name=\"{select}\"[^>]*>(.*?)</select>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        return System.Text.RegularExpressions.Regex.Match(body, "<option value=\"(\\d+)\"").Groups[1].Value;
    }

    [Fact]
    public async Task A_docx_upload_gives_the_same_draft_as_pasting_its_text()
    {
        var text = ImportClient.SeedText("003");
        var pasted = (await portal.Author.ReviewAsync(text)).Form;

        var response = await portal.Author.ReadAsync(fileName: "ke-hoach.docx", file: ImportClient.Docx(text));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ke-hoach.docx", html, StringComparison.Ordinal);
        var uploaded = HtmlForm.Parse(html, ImportClient.ReviewAction);
        Assert.Equal(pasted["Symbol"], uploaded["Symbol"]);
        Assert.Equal(ImportClient.TaskCount(pasted), ImportClient.TaskCount(uploaded));
        Assert.True(ImportClient.TaskCount(uploaded) > 0);
    }

    [Fact]
    public async Task An_unknown_agency_becomes_a_new_agency_or_the_directory_agency_chosen_never_dropped()
    {
        var agenciesBefore = portal.Factory.Query(db => db.Agencies.Count());
        var (html, form) = await portal.Author.ReviewAsync(SampleImportPlan.Text);
        Assert.Contains("Cơ quan chưa có trong danh mục", html, StringComparison.Ordinal);
        Assert.Contains("chưa có trong danh mục</span>", html, StringComparison.Ordinal);
        var asNew = ImportClient.FieldIndex(form, "Agencies[", "].Name", SampleImportPlan.UnknownNew);
        var picked = ImportClient.FieldIndex(form, "Agencies[", "].Name", SampleImportPlan.UnknownPickAsRead);
        var association = portal.Factory.AgencyId("80:hoi-khuyen-hoc");
        form[$"Agencies[{asNew}].Name"] = "Hội Nông dân tỉnh Long An";
        form[$"Agencies[{picked}].Choice"] = association.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var id = await portal.Author.ConfirmAsync(form);

        var leads = portal.Factory.Query(db => db.PlanItems.AsNoTracking().Include(i => i.Assignments).ThenInclude(a => a.Agency)
            .Where(i => i.PlanId == id)
            .ToList()
            .SelectMany(i => i.Assignments.Where(a => a.Role == AssignmentRole.Lead).Select(a => new { i.Number, a.Agency!.Name, a.Agency.Key, a.AgencyId }))
            .ToList());
        var created = Assert.Single(leads, l => l.Name == "Hội Nông dân tỉnh Long An");
        Assert.StartsWith("80:", created.Key, StringComparison.Ordinal);
        Assert.Contains(leads, l => l.AgencyId == association && l.Number == "II.3");
        Assert.Equal(agenciesBefore + 1, portal.Factory.Query(db => db.Agencies.Count()));
    }

    [Fact]
    public async Task A_deadline_corrected_on_the_review_page_is_read_again_and_saved_and_unreadable_wording_is_refused()
    {
        var (html, form) = await portal.Author.ReviewAsync(SampleImportPlan.Text);
        Assert.Contains("value=\"10/03/2025\"", html, StringComparison.Ordinal); // the issue date as people write it
        var key = form.Fields.First(f => f.Key.EndsWith("].Deadline", StringComparison.Ordinal) && f.Value.Contains("15/10/2025", StringComparison.Ordinal)).Key;

        form[key] = "chậm nhất là ngày mai";
        var refused = await portal.Author.PostReviewAsync(form, "Check");
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Không đọc được thời hạn “chậm nhất là ngày mai”", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"chậm nhất là ngày mai\"", refusedHtml, StringComparison.Ordinal);

        form = HtmlForm.Parse(refusedHtml, ImportClient.ReviewAction);
        form[key] = "hằng năm trước ngày 20/11";
        var id = await portal.Author.ConfirmAsync(form);

        var deadline = portal.Factory.Query(db => db.PlanItems.AsNoTracking().Single(i => i.PlanId == id && i.Number == "II.3").Deadline);
        Assert.NotNull(deadline);
        Assert.Equal((DeadlineKind.Annual, 20, 11), (deadline.Kind, deadline.Day, deadline.Month));
        Assert.Equal("hằng năm trước ngày 20/11", deadline.Text);
    }

    [Fact]
    public async Task Invalid_corrections_are_refused_next_to_the_field_and_every_input_stays()
    {
        var before = Plans();
        var (_, form) = await portal.Author.ReviewAsync(SampleImportPlan.Text);
        form["Symbol"] = "";
        form["Title"] = "Tên kế hoạch đã sửa tay";
        form["Nodes[1].Number"] = form["Nodes[0].Number"];
        form["Nodes[2].Text"] = "Nội dung nhiệm vụ đã sửa tay";
        form["Targets[0].Value"] = "sáu mươi";
        form["Agencies[0].Choice"] = "";

        var response = await portal.Author.PostReviewAsync(form, "Confirm");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Nhập ký hiệu văn bản", html, StringComparison.Ordinal);
        Assert.Contains("bị trùng", html, StringComparison.Ordinal);
        Assert.Contains("Nhập tỷ lệ từ 0 đến 100", html, StringComparison.Ordinal);
        Assert.Contains("Chọn “Tạo cơ quan mới” hoặc một cơ quan trong danh mục", html, StringComparison.Ordinal);
        var again = HtmlForm.Parse(html, ImportClient.ReviewAction);
        Assert.Equal("Tên kế hoạch đã sửa tay", again["Title"]);
        Assert.Equal("Nội dung nhiệm vụ đã sửa tay", again["Nodes[2].Text"]);
        Assert.Equal("sáu mươi", again["Targets[0].Value"]);
        Assert.Equal(form["Nodes[0].Number"], again["Nodes[1].Number"]);
        Assert.Contains("id=\"src-1\"", html, StringComparison.Ordinal);
        Assert.Equal(before, Plans());
    }

    public static TheoryData<string, string?, byte[]?, string> BadInputs => new()
    {
        { "nothing", null, null, "Chưa có gì để nhập" },
        { "empty", "rong.txt", [], "Tệp rỗng" },
        { "binary", "anh.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3, 0xFF, 0xFE, 0, 0], "nhị phân" },
        { "fake docx", "ke-hoach.docx", "Đây là văn bản thường, không phải Word"u8.ToArray(), "Tệp .docx không hợp lệ" },
        { "docx bomb", "ke-hoach.docx", ZipBomb.Make("word/document.xml", 256L * 1024 * 1024), "Tài liệu Word sau khi giải nén quá lớn (vượt quá 50 MB)" },
        { "pdf", "ke-hoach.pdf", "%PDF-1.7\n"u8.ToArray(), "bị hỏng" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task A_file_that_is_not_a_plan_is_refused_with_a_Vietnamese_message_and_nothing_is_saved(string what, string? name, byte[]? bytes, string message)
    {
        var before = Plans();

        var response = await portal.Author.ReadAsync(fileName: name, file: bytes);
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, what);
        Assert.Contains(message, ImportClient.Alert(html), StringComparison.Ordinal);
        Assert.DoesNotContain(ImportClient.ReviewAction, html, StringComparison.Ordinal);
        Assert.Equal(before, Plans());
    }

    [Fact]
    public async Task A_50_MB_upload_gets_the_size_limit_in_Vietnamese_not_a_bare_413()
    {
        var before = Plans();
        var big = new byte[50 * 1024 * 1024];
        Array.Fill(big, (byte)'a');

        var response = await portal.Author.ReadAsync(fileName: "ke-hoach.txt", file: big);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Tệp quá lớn (50 MB); cổng chỉ nhận tệp kế hoạch đến 10 MB", ImportClient.Alert(html), StringComparison.Ordinal);
        Assert.Equal(before, Plans());
    }

    [Fact]
    public async Task A_tampered_draft_is_refused_and_nothing_is_saved()
    {
        var before = Plans();
        var (_, form) = await portal.Author.ReviewAsync(SampleImportPlan.Text);
        form["State"] = form["State"]![..^4] + "AAAA";

        var response = await portal.Author.PostReviewAsync(form, "Confirm");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Hãy nhập lại văn bản", ImportClient.Alert(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, Plans());
    }

    [Theory]
    [InlineData("xa.longhuudong@hoctap.local")]
    [InlineData("mttq.canduoc@hoctap.local")]
    public async Task Users_who_do_not_write_plans_are_refused(string email)
    {
        var client = await portal.Factory.SignedInAsync(email);
        var plan = portal.Factory.Query(db => db.Plans.Single(p => p.Number == "129").Id);
        Assert.DoesNotContain("/PlanImport", await client.GetStringAsync("/Plans"), StringComparison.Ordinal);

        foreach (var url in new[] { "/PlanImport", "/PlanImport/Template", $"/AssignmentImport/Index/{plan}" })
        {
            AssertDenied(await client.GetAsync(url));
        }

        var before = Plans();
        AssertDenied(await client.PostFormAsync("/", "/PlanImport", new() { ["Text"] = SampleImportPlan.Text }));
        AssertDenied(await client.PostFormAsync("/", "/PlanImport/Review", new() { ["Step"] = "Confirm" }));
        AssertDenied(await client.PostFormAsync("/", $"/AssignmentImport/Apply/{plan}", new() { ["Step"] = "Confirm" }));
        Assert.Equal(before, Plans());
    }

    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
