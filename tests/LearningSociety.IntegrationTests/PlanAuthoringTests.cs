using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using LearningSociety.Domain.Plans;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests;

/// <summary>Writing a plan in the browser: create, fill, publish, amend with history, over HTTP against real SQLite.</summary>
public sealed class PlanAuthoringTests(PlanAuthoringTests.Portal portal) : IClassFixture<PlanAuthoringTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public HttpClient Author { get; private set; } = null!;

        public async Task InitializeAsync() => Author = await Factory.SignedInAsync("so.gddt@hoctap.local");

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private static string S(int value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_plan_written_in_the_browser_is_published_and_its_page_shows_everything()
    {
        var f = portal.Factory;
        var author = portal.Author;
        Assert.Contains("/PlanEditor/Create", await author.GetStringAsync("/Plans"), StringComparison.Ordinal);

        var id = await author.CreatePlanAsync(f, "15", "Kế hoạch thí điểm mô hình học tập suốt đời năm 2025");
        var leader = await f.SignedInAsync("lanhdao@hoctap.local");
        Assert.DoesNotContain("15/KH-UBND", await leader.GetStringAsync("/Plans"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/Plans/Details/{id}")).StatusCode);

        var cited = f.Query(db => db.Plans.Single(p => p.Number == "129").Id);
        Assert.Equal(HttpStatusCode.Redirect, (await author.ChangeAsync($"/PlanEditor/AddReference/{id}", new()
        {
            ["Relation"] = "Implements", ["ReferencedPlanId"] = S(cited),
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await author.ChangeAsync($"/PlanEditor/AddReference/{id}", new()
        {
            ["Relation"] = "Basis", ["Kind"] = "Decision", ["Reference"] = "1373/QĐ-TTg", ["IssuedOn"] = "2021-07-30",
            ["Issuer"] = "Thủ tướng Chính phủ", ["Title"] = "phê duyệt Đề án xây dựng xã hội học tập giai đoạn 2021 – 2030",
        })).StatusCode);

        var section = await author.AddItemAsync(id, null, "I", "Nhiệm vụ trọng tâm", isTask: false);
        var fair = await author.AddItemAsync(id, section, "I.1", "Tổ chức Ngày hội học tập suốt đời cấp tỉnh", isTask: true);
        await author.AddItemAsync(id, section, "I.2", "Bồi dưỡng báo cáo viên về công dân học tập", isTask: true);

        var assign = await author.ChangeAsync($"/PlanEditor/Assign/{id}?itemId={fair}", new()
        {
            ["Lead"] = S(f.AgencyId("80:so-gddt")),
            ["Cooperating"] = S(f.AgencyId("80:hoi-khuyen-hoc")),
            ["Deadline.Kind"] = "Quarter", ["Deadline.Quarter"] = "2", ["Deadline.Year"] = "2025",
            ["Deadline.Text"] = "hoàn thành trong quý II năm 2025",
        });
        Assert.Equal(HttpStatusCode.Redirect, assign.StatusCode);

        var target = await author.ChangeAsync($"/PlanEditor/Target/{id}", new()
        {
            ["Code"] = "CT1", ["Name"] = "Tỷ lệ người lao động có kỹ năng số cơ bản", ["Kind"] = "Percentage",
            ["NumeratorDefinition"] = "Số người lao động có kỹ năng số cơ bản", ["DenominatorDefinition"] = "Tổng số người lao động",
            ["ReportedBy"] = "Commune", ["Values[0].Year"] = "2025", ["Values[0].Value"] = "40,5",
        });
        Assert.Equal(HttpStatusCode.Redirect, target.StatusCode);

        var publish = await author.ConfirmAsync($"/PlanEditor/Publish/{id}");
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Equal($"/Plans/Details/{id}", publish.Headers.Location!.OriginalString);

        Assert.Contains("15/KH-UBND", await leader.GetStringAsync("/Plans"), StringComparison.Ordinal);
        var page = await leader.GetStringAsync($"/Plans/Details/{id}");
        Assert.Contains("Kế hoạch số 15/KH-UBND", page, StringComparison.Ordinal);
        Assert.Contains("05/03/2025", page, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch thí điểm mô hình học tập suốt đời năm 2025", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Plans/Details/{cited}\">129/KH-UBND</a>", page, StringComparison.Ordinal);
        Assert.Contains("1373/QĐ-TTg", page, StringComparison.Ordinal);
        Assert.Contains("Tổ chức Ngày hội học tập suốt đời cấp tỉnh", page, StringComparison.Ordinal);
        Assert.Contains("Bồi dưỡng báo cáo viên về công dân học tập", page, StringComparison.Ordinal);
        Assert.Matches(new Regex("Cơ quan chủ trì</dt>\\s*<dd>Sở Giáo dục và Đào tạo tỉnh Long An</dd>"), page);
        Assert.Matches(new Regex("Cơ quan phối hợp</dt>\\s*<dd>Hội Khuyến học tỉnh Long An</dd>"), page);
        Assert.Contains("Trong quý II năm 2025 (hạn 30/06/2025)", page, StringComparison.Ordinal);
        Assert.Contains("hoàn thành trong quý II năm 2025", page, StringComparison.Ordinal);
        Assert.Contains("Tỷ lệ người lao động có kỹ năng số cơ bản", page, StringComparison.Ordinal);
        Assert.Contains("40,5% (năm 2025)", page, StringComparison.Ordinal);
        Assert.Contains("Lịch sử sửa đổi", page, StringComparison.Ordinal);
        Assert.Contains("Ban hành kế hoạch", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/PlanEditor/Edit/{id}", page, StringComparison.Ordinal);
        Assert.Contains($"/PlanEditor/Edit/{id}", await author.GetStringAsync($"/Plans/Details/{id}"), StringComparison.Ordinal);

        // The flat order of tasks (used by report forms) follows the document.
        var order = f.Query(db => db.PlanItems.Where(i => i.PlanId == id).OrderBy(i => i.SortOrder).Select(i => i.Number).ToList());
        Assert.Equal(["I", "I.1", "I.2"], order);
    }

    [Fact]
    public async Task Invalid_input_is_refused_next_to_the_field_and_what_was_typed_stays()
    {
        var f = portal.Factory;
        var author = portal.Author;
        var emptyTitle = await author.PreviewAsync("/PlanEditor/Create", new()
        {
            ["Number"] = "77", ["Symbol"] = "KH-UBND", ["IssuedOn"] = "05/03/2025", ["IssuerId"] = S(f.AgencyId("80:ubnd")),
            ["UnitId"] = S(f.UnitId("80")), ["Title"] = "   ",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, emptyTitle.StatusCode);
        var html = await emptyTitle.Content.ReadAsStringAsync();
        Assert.Contains("Nhập trích yếu (tên) của kế hoạch.", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Number\" value=\"77\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Symbol\" value=\"KH-UBND\"", html, StringComparison.Ordinal);

        var id = await author.CreatePlanAsync(f, "16", "Kế hoạch kiểm tra dữ liệu nhập");
        var task = await author.AddItemAsync(id, null, "1", "Điều tra trình độ dân trí", isTask: true);
        var quarter = await author.PreviewAsync($"/PlanEditor/Assign/{id}?itemId={task}", new()
        {
            ["Deadline.Kind"] = "Quarter", ["Deadline.Quarter"] = "5", ["Deadline.Year"] = "2025", ["Deadline.Text"] = "trong quý V năm 2025",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, quarter.StatusCode);
        html = await quarter.Content.ReadAsStringAsync();
        Assert.Contains("Quý phải từ 1 đến 4", html, StringComparison.Ordinal);
        Assert.Matches(new Regex("id=\"Deadline_Quarter\" name=\"Deadline.Quarter\" value=\"5\""), html);
        Assert.Contains("value=\"trong quý V năm 2025\"", html, StringComparison.Ordinal);

        var percent = await author.PreviewAsync($"/PlanEditor/Target/{id}", new()
        {
            ["Code"] = "CT9", ["Name"] = "Tỷ lệ xã đạt chuẩn", ["Kind"] = "Percentage", ["Values[0].Year"] = "2025", ["Values[0].Value"] = "140",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, percent.StatusCode);
        html = await percent.Content.ReadAsStringAsync();
        Assert.Contains("Tỷ lệ phải từ 0 đến 100%", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Values[0].Value\" value=\"140\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Tỷ lệ xã đạt chuẩn\"", html, StringComparison.Ordinal);

        Assert.False(f.Query(db => db.Targets.Any(t => t.PlanId == id)));
        Assert.Null(f.Query(db => db.PlanItems.Single(i => i.Id == task).Deadline));
        Assert.False(f.Query(db => db.Plans.Any(p => p.Number == "77")));
    }

    [Fact]
    public async Task A_preview_saves_nothing_until_confirmed()
    {
        var f = portal.Factory;
        var id = await portal.Author.CreatePlanAsync(f, "17", "Kế hoạch xem trước");
        var preview = await portal.Author.PreviewAsync($"/PlanEditor/Item/{id}", new() { ["Number"] = "I", ["Title"] = "Mục đích, yêu cầu" });
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("Thêm mục I: “Mục đích, yêu cầu”", html, StringComparison.Ordinal);
        Assert.Contains("Xác nhận lưu", html, StringComparison.Ordinal);
        Assert.False(f.Query(db => db.PlanItems.Any(i => i.PlanId == id)));
    }

    [Fact]
    public async Task Tasks_are_reordered_and_moved_under_another_section_keeping_their_numbers()
    {
        var f = portal.Factory;
        var author = portal.Author;
        var id = await author.CreatePlanAsync(f, "18", "Kế hoạch sắp xếp nhiệm vụ");
        var one = await author.AddItemAsync(id, null, "I", "Tuyên truyền", isTask: false);
        var two = await author.AddItemAsync(id, null, "II", "Phát triển mạng lưới", isTask: false);
        var a = await author.AddItemAsync(id, one, "I.1", "Tuyên truyền trên báo chí", isTask: true);
        var b = await author.AddItemAsync(id, one, "I.2", "Tuyên truyền trên mạng xã hội", isTask: true);

        var up = await author.ChangeAsync($"/PlanEditor/Move/{id}?itemId={b}", new() { ["Direction"] = "up" });
        Assert.Equal(HttpStatusCode.Redirect, up.StatusCode);
        Assert.Equal(["I", "I.2", "I.1", "II"], Numbers(f, id));

        var form = await author.GetStringAsync($"/PlanEditor/Move/{id}?itemId={one}");
        Assert.DoesNotContain($"<option value=\"{a}\"", form, StringComparison.Ordinal); // its own subtree is not offered
        Assert.Contains($"<option value=\"{two}\"", form, StringComparison.Ordinal);
        var intoOwnChild = await author.PreviewAsync($"/PlanEditor/Move/{id}?itemId={one}", new() { ["NewParent"] = S(a) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, intoOwnChild.StatusCode);
        Assert.Contains("Không thể chuyển một mục vào chính nó", await intoOwnChild.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var move = await author.ChangeAsync($"/PlanEditor/Move/{id}?itemId={a}", new() { ["NewParent"] = S(two) });
        Assert.Equal(HttpStatusCode.Redirect, move.StatusCode);
        Assert.Equal(["I", "I.2", "II", "I.1"], Numbers(f, id));
        Assert.Equal(two, f.Query(db => db.PlanItems.Single(i => i.Id == a).ParentId));
        Assert.Equal("I.1", f.Query(db => db.PlanItems.Single(i => i.Id == a).Number));

        var editor = await author.GetStringAsync($"/PlanEditor/Edit/{id}");
        Assert.True(editor.IndexOf($"id=\"item-{b}\"", StringComparison.Ordinal) < editor.IndexOf($"id=\"item-{two}\"", StringComparison.Ordinal));
        Assert.True(editor.IndexOf($"id=\"item-{two}\"", StringComparison.Ordinal) < editor.IndexOf($"id=\"item-{a}\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Amending_a_plan_in_force_needs_the_amending_document_and_is_kept_in_its_history()
    {
        var f = portal.Factory;
        var author = portal.Author;
        var id = await author.CreatePlanAsync(f, "19", "Kế hoạch được sửa đổi");
        var section = await author.AddItemAsync(id, null, "II", "Nhiệm vụ, giải pháp", isTask: false);
        var task = await author.AddItemAsync(id, section, "II.1", "Xây dựng mô hình học tập", isTask: true);
        Assert.Equal(HttpStatusCode.Redirect, (await author.ChangeAsync($"/PlanEditor/Assign/{id}?itemId={task}", new()
        {
            ["Lead"] = S(f.AgencyId("80:so-gddt")), ["Deadline.Kind"] = "Quarter", ["Deadline.Quarter"] = "2", ["Deadline.Year"] = "2025",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await author.ConfirmAsync($"/PlanEditor/Publish/{id}")).StatusCode);

        var amend = new Dictionary<string, string>
        {
            ["Lead"] = S(f.AgencyId("80:so-gddt")), ["Deadline.Kind"] = "Quarter", ["Deadline.Quarter"] = "4", ["Deadline.Year"] = "2025",
        };
        var without = await author.PreviewAsync($"/PlanEditor/Assign/{id}?itemId={task}", amend);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, without.StatusCode);
        Assert.Contains("nhập văn bản sửa đổi, bổ sung", await without.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, f.Query(db => db.PlanItems.Single(i => i.Id == task).Deadline!.Quarter));

        amend["AmendingDocument"] = "Kế hoạch số 12/KH-UBND ngày 05/3/2025";
        var with = await author.ChangeAsync($"/PlanEditor/Assign/{id}?itemId={task}", amend);
        Assert.Equal(HttpStatusCode.Redirect, with.StatusCode);
        Assert.Equal(4, f.Query(db => db.PlanItems.Single(i => i.Id == task).Deadline!.Quarter));

        var revision = f.Query(db => db.PlanRevisions.Where(r => r.PlanId == id).OrderByDescending(r => r.Id).First());
        Assert.Equal("Kế hoạch số 12/KH-UBND ngày 05/3/2025", revision.AmendingDocument);
        Assert.Equal("Nguyễn Thị Lan (Sở GD&ĐT Long An)", revision.UserName);
        Assert.Equal("Sửa thời hạn nhiệm vụ II.1: Trong quý II năm 2025 (hạn 30/06/2025) → Trong quý IV năm 2025 (hạn 31/12/2025)", revision.Summary);

        var page = await (await f.SignedInAsync("lanhdao@hoctap.local")).GetStringAsync($"/Plans/Details/{id}");
        Assert.Contains("Kế hoạch số 12/KH-UBND ngày 05/3/2025", page, StringComparison.Ordinal);
        Assert.Contains("Sửa thời hạn nhiệm vụ II.1: Trong quý II năm 2025 (hạn 30/06/2025) → Trong quý IV năm 2025 (hạn 31/12/2025)", page, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Thị Lan (Sở GD&amp;ĐT Long An)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_editor_is_told_someone_saved_first_and_keeps_their_input()
    {
        var f = portal.Factory;
        var first = portal.Author;
        var second = await f.SignedInAsync("admin@hoctap.local");
        var id = await first.CreatePlanAsync(f, "20", "Kế hoạch hai người cùng sửa");
        var item = await first.AddItemAsync(id, null, "I", "Mục đích", isTask: false);
        var url = $"/PlanEditor/Item/{id}?itemId={item}";
        var staleForm = await second.GetStringAsync(url);
        var staleVersion = EditorClient.Hidden(staleForm, "Version");

        Assert.Equal(HttpStatusCode.Redirect, (await first.ChangeAsync(url, new() { ["Number"] = "I", ["Title"] = "Mục đích, yêu cầu" })).StatusCode);

        var late = await second.PreviewAsync(url, new() { ["Number"] = "I", ["Title"] = "Mục tiêu chung", ["Version"] = staleVersion });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var html = await late.Content.ReadAsStringAsync();
        Assert.Contains("Nguyễn Thị Lan (Sở GD&amp;ĐT Long An)", html, StringComparison.Ordinal);
        Assert.Contains("đã lưu thay đổi khác cho kế hoạch này trong lúc bạn đang sửa", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Mục tiêu chung\"", html, StringComparison.Ordinal);
        Assert.Contains("Sửa tiêu đề mục I: “Mục đích, yêu cầu” → “Mục tiêu chung”", html, StringComparison.Ordinal);
        Assert.Equal("Mục đích, yêu cầu", f.Query(db => db.PlanItems.Single(i => i.Id == item).Title));
    }

    [Fact]
    public async Task A_new_task_is_found_by_search_without_accents()
    {
        var f = portal.Factory;
        var author = portal.Author;
        var id = await author.CreatePlanAsync(f, "21", "Kế hoạch tìm kiếm");
        var section = await author.AddItemAsync(id, null, "I", "Nhiệm vụ", isTask: false);
        Assert.Equal(HttpStatusCode.Redirect, (await author.ConfirmAsync($"/PlanEditor/Publish/{id}")).StatusCode);
        await author.AddItemAsync(id, section, "I.1", "Xây dựng mô hình “Dòng họ hiếu học ven sông Vàm Cỏ”", isTask: true,
            amending: "Quyết định số 99/QĐ-UBND ngày 10/4/2025");

        var html = await (await f.SignedInAsync("lanhdao@hoctap.local")).GetStringAsync("/Plans?q=" + Uri.EscapeDataString("dong ho hieu hoc ven song vam co"));
        Assert.Contains("21/KH-UBND", html, StringComparison.Ordinal);
        Assert.Contains("Thêm nhiệm vụ I.1 trong mục I", f.Query(db => db.PlanRevisions.Where(r => r.PlanId == id).OrderByDescending(r => r.Id).First().Summary), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_task_already_reported_on_cannot_be_deleted_and_the_page_says_why()
    {
        var f = portal.Factory;
        var admin = await f.SignedInAsync("admin@hoctap.local");
        // A commune's 2024 report accounts for one task of the Cần Đước plan.
        var (planId, itemId) = f.Query(db =>
        {
            var report = db.Reports.Include(r => r.Period).First(r => r.Period!.Plan!.Symbol == "KH-BCĐ");
            var task = db.PlanItems.First(i => i.PlanId == report.Period!.PlanId && i.IsTask && !db.PlanItems.Any(c => c.ParentId == i.Id));
            db.ReportTaskEntries.Add(new Domain.Reporting.ReportTaskEntry { ReportId = report.Id, PlanItemId = task.Id, Progress = Domain.Reporting.TaskProgress.InProgress, Percent = 50 });
            db.SaveChanges();
            return (task.PlanId, task.Id);
        });

        var page = await admin.GetStringAsync($"/PlanEditor/DeleteItem/{planId}?itemId={itemId}");
        Assert.Contains("Không xóa được", page, StringComparison.Ordinal);
        Assert.Contains("báo cáo ghi kết quả thực hiện nhiệm vụ này", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Xác nhận xóa", page, StringComparison.Ordinal);

        var forced = await admin.PostFormAsync($"/PlanEditor/DeleteItem/{planId}?itemId={itemId}", $"/PlanEditor/DeleteItem/{planId}?itemId={itemId}", new()
        {
            ["Step"] = "Confirm", ["Version"] = S(f.Query(db => db.Plans.Single(p => p.Id == planId).Version)),
            ["AmendingDocument"] = "Công văn số 1/BCĐ",
        });
        Assert.Equal(HttpStatusCode.Conflict, forced.StatusCode);
        Assert.True(f.Query(db => db.PlanItems.Any(i => i.Id == itemId)));
    }

    [Fact]
    public async Task Phases_reporting_rules_with_an_outline_and_a_new_agency_are_set_up_through_the_forms()
    {
        var f = portal.Factory;
        var author = portal.Author;
        var id = await author.CreatePlanAsync(f, "22", "Kế hoạch có giai đoạn và chế độ báo cáo");
        Assert.Equal(HttpStatusCode.Redirect, (await author.ChangeAsync($"/PlanEditor/Phase/{id}", new()
        {
            ["Name"] = "Giai đoạn 2025 – 2026", ["Start"] = "01/01/2025", ["End"] = "31/12/2026", ["Review"] = "Final",
        })).StatusCode);

        var back = $"/PlanEditor/Rule/{id}";
        var added = await author.PostFormAsync($"/PlanEditor/NewAgency/{id}", $"/PlanEditor/NewAgency/{id}", new()
        {
            ["Name"] = "Sở Văn hóa, Thể thao và Du lịch tỉnh Long An", ["ShortName"] = "Sở VHTTDL", ["Kind"] = "Department",
            ["UnitId"] = S(f.UnitId("80")), ["ReturnUrl"] = back,
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(back, added.Headers.Location!.OriginalString);
        var culture = f.AgencyId("80:so-vhttdl");

        // "Đọc từ câu chữ" fills the picker from the wording, and saves nothing.
        var read = await author.PostFormAsync(back, back, new() { ["Step"] = "ReadDeadline", ["Deadline.Text"] = "trước ngày 10/12 hằng năm" });
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var html = await read.Content.ReadAsStringAsync();
        Assert.Contains("<option value=\"Annual\" selected=\"selected\">Hằng năm</option>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Deadline.Day\" value=\"10\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Deadline.Month\" value=\"12\"", html, StringComparison.Ordinal);
        Assert.Contains(">Sở Văn hóa, Thể thao và Du lịch tỉnh Long An</option>", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await author.ChangeAsync(back, new()
        {
            ["FromAgencyId"] = S(culture), ["ToAgencyId"] = S(f.AgencyId("80:so-gddt")), ["Frequency"] = "Annual",
            ["Deadline.Kind"] = "Annual", ["Deadline.Day"] = "10", ["Deadline.Month"] = "12", ["Deadline.Text"] = "trước ngày 10/12 hằng năm",
            ["Outline[0].Number"] = "I", ["Outline[0].Title"] = "Kết quả thực hiện", ["Outline[0].Order"] = "20",
            ["Outline[1].Number"] = "II", ["Outline[1].Title"] = "Đề xuất, kiến nghị", ["Outline[1].Order"] = "10",
            ["Outline[2].Number"] = "III", ["Outline[2].Title"] = "Khó khăn, vướng mắc", ["Outline[2].Order"] = "30",
        })).StatusCode);
        var rule = f.Query(db => db.ReportingRules.Include(r => r.Outline).Single(r => r.PlanId == id));
        Assert.Equal(["II", "I", "III"], rule.Outline.OrderBy(o => o.SortOrder).Select(o => o.Number));

        // Reorder and drop a section of the outline.
        var sections = rule.Outline.ToDictionary(o => o.Number, o => S(o.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await author.ChangeAsync($"{back}?ruleId={rule.Id}", new()
        {
            ["FromAgencyId"] = S(culture), ["ToAgencyId"] = S(f.AgencyId("80:so-gddt")), ["Frequency"] = "Annual",
            ["Deadline.Kind"] = "Annual", ["Deadline.Day"] = "10", ["Deadline.Month"] = "12", ["Deadline.Text"] = "trước ngày 10/12 hằng năm",
            ["Outline[0].Id"] = sections["I"], ["Outline[0].Number"] = "I", ["Outline[0].Title"] = "Kết quả thực hiện", ["Outline[0].Order"] = "1",
            ["Outline[1].Id"] = sections["II"], ["Outline[1].Number"] = "II", ["Outline[1].Title"] = "Đề xuất, kiến nghị", ["Outline[1].Order"] = "2",
            ["Outline[2].Id"] = sections["III"], ["Outline[2].Number"] = "III", ["Outline[2].Title"] = "Khó khăn, vướng mắc", ["Outline[2].Remove"] = "true",
        })).StatusCode);
        Assert.Equal(["I", "II"], f.Query(db => db.ReportOutlineSections.Where(o => o.ReportingRuleId == rule.Id).OrderBy(o => o.SortOrder).Select(o => o.Number).ToList()));

        var task = await author.AddItemAsync(id, null, "1", "Tổng kết giai đoạn", isTask: true);
        Assert.Equal(HttpStatusCode.Redirect, (await author.ChangeAsync($"/PlanEditor/Assign/{id}?itemId={task}", new()
        {
            ["Lead"] = S(culture), ["Deadline.Kind"] = "PhaseEnd", ["Deadline.Phase"] = "Giai đoạn 2025 – 2026",
        })).StatusCode);
        var phase = f.Query(db => db.PlanPhases.Single(p => p.PlanId == id).Id);
        var refused = await author.GetStringAsync($"/PlanEditor/RemovePhase/{id}?phaseId={phase}");
        Assert.Contains("Không xóa được giai đoạn “Giai đoạn 2025 – 2026”", refused, StringComparison.Ordinal);

        var page = await author.GetStringAsync($"/Plans/Details/{id}");
        Assert.Contains("Sở Văn hóa, Thể thao và Du lịch tỉnh Long An</strong> báo cáo <strong>Sở Giáo dục và Đào tạo tỉnh Long An", page, StringComparison.Ordinal);
        Assert.Contains("Hạn nộp: Trước ngày 10/12 hằng năm", page, StringComparison.Ordinal);
        Assert.Contains("Đề cương báo cáo (2 mục)", page, StringComparison.Ordinal);
        Assert.Contains("Khi kết thúc Giai đoạn 2025 – 2026", page, StringComparison.Ordinal);
        Assert.Contains("31/12/2026", page, StringComparison.Ordinal);
    }

    public static TheoryData<string> Readers => new() { "xa.longhuudong@hoctap.local", "mttq.canduoc@hoctap.local", "lanhdao@hoctap.local" };

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Roles_without_authoring_rights_are_refused_on_every_editor_page_and_post(string email)
    {
        var client = await portal.Factory.SignedInAsync(email);
        var plan = portal.Factory.Query(db => db.Plans.Single(p => p.Number == "129").Id);
        Assert.DoesNotContain("/PlanEditor/Create", await client.GetStringAsync("/Plans"), StringComparison.Ordinal);
        Assert.DoesNotContain($"/PlanEditor/Edit/{plan}", await client.GetStringAsync($"/Plans/Details/{plan}"), StringComparison.Ordinal);
        foreach (var url in new[] { "/PlanEditor/Create", $"/PlanEditor/Edit/{plan}", $"/PlanEditor/Item/{plan}", $"/PlanEditor/Publish/{plan}" })
        {
            AssertDenied(await client.GetAsync(url));
        }

        foreach (var url in new[] { "/PlanEditor/Create", $"/PlanEditor/Item/{plan}", $"/PlanEditor/Header/{plan}" })
        {
            AssertDenied(await client.PostFormAsync("/", url, new() { ["Step"] = "Confirm", ["Title"] = "x", ["Number"] = "9" }));
        }

        Assert.Equal(0, portal.Factory.Query(db => db.PlanItems.Count(i => i.PlanId == plan && i.Number == "9")));
    }

    [Fact]
    public async Task A_district_office_edits_its_own_district_plans_only()
    {
        var f = portal.Factory;
        var district = await f.SignedInAsync("phong.gddt.canduoc@hoctap.local");
        var own = f.Query(db => db.Plans.Single(p => p.Symbol == "KH-BCĐ").Id);
        var province = f.Query(db => db.Plans.Single(p => p.Number == "129").Id);

        Assert.Equal(HttpStatusCode.OK, (await district.GetAsync($"/PlanEditor/Edit/{own}")).StatusCode);
        Assert.Contains($"/PlanEditor/Edit/{own}", await district.GetStringAsync($"/Plans/Details/{own}"), StringComparison.Ordinal);
        AssertDenied(await district.GetAsync($"/PlanEditor/Edit/{province}"));
        AssertDenied(await district.PostFormAsync("/", $"/PlanEditor/Item/{province}", new() { ["Step"] = "Confirm", ["Number"] = "X", ["Title"] = "x" }));
        Assert.DoesNotContain($"/PlanEditor/Edit/{province}", await district.GetStringAsync($"/Plans/Details/{province}"), StringComparison.Ordinal);
    }

    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static List<string> Numbers(PortalFactory f, int planId) =>
        f.Query(db => db.PlanItems.AsNoTracking().Where(i => i.PlanId == planId).OrderBy(i => i.SortOrder).Select(i => i.Number).ToList());
}
