using System.Net;
using LearningSociety.Domain.Identity;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests;

/// <summary>Plan …/KH-BCĐ (Cần Đước), period "Năm 2024", deadline 10/12/2024: communes report to Phòng GD&amp;ĐT.</summary>
public sealed class ReportingCycleTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    /// <summary>A commune whose demo report nobody has started, and a new officer for it.</summary>
    private async Task<(int Id, string Key, HttpClient Client)> FreshCommuneAsync(string email)
    {
        _factory.CreatePortalClient();
        string key;
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            key = await db.Reports.Where(r => r.Period!.Plan!.Symbol == "KH-BCĐ" && r.LastSavedAt == null
                    && r.Agency!.Kind == Domain.Agencies.AgencyKind.PeoplesCommittee && r.Agency.Unit!.Level == Domain.Units.UnitLevel.Commune)
                .OrderBy(r => r.Id).Select(r => r.Agency!.Key).FirstAsync();
        }

        await _factory.CreateUserAsync(email, Roles.CommuneOfficer, key);
        return ((await ReportOfAsync(key)).Id, key, await _factory.SignedInAsync(email));
    }

    private async Task<Report> ReportOfAsync(string agencyKey, string planSymbol = "KH-BCĐ")
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Reports.AsNoTracking().Include(r => r.Events)
            .SingleAsync(r => r.Agency!.Key == agencyKey && r.Period!.Plan!.Symbol == planSymbol);
    }

    [Fact]
    public async Task Save_submit_return_resubmit_approve_lock_and_reopen_through_http()
    {
        var (id, key, commune) = await FreshCommuneAsync("xa.moi@test.vn");
        var district = await _factory.SignedInAsync("phong.gddt.canduoc@hoctap.local");

        // Draft saved over two sittings, then submitted.
        var form = await ReportForm.ReadAsync(commune, id);
        form[ReportForm.FirstNarrative(form)] = "Đã tổ chức 12 lớp chuyên đề cho 420 người dân.";
        var saved = await ReportForm.PostAsync(commune, id, form, "save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(ReportStatus.Draft, (await ReportOfAsync(key)).Status);

        form = await ReportForm.ReadAsync(commune, id);
        Assert.Equal("Đã tổ chức 12 lớp chuyên đề cho 420 người dân.", form[ReportForm.FirstNarrative(form)]);
        Assert.Equal(HttpStatusCode.Redirect, (await ReportForm.PostAsync(commune, id, form, "submit")).StatusCode);
        Assert.Equal(ReportStatus.Submitted, (await ReportOfAsync(key)).Status);

        // The district sees it waiting, returns it with a comment.
        Assert.Contains("Xem và duyệt", await district.GetStringAsync("/Reports"), StringComparison.Ordinal);
        var returned = await district.PostFormAsync($"/Reports/Edit/{id}", $"/Reports/Review/{id}", new() { ["decision"] = "Return", ["comment"] = "Bổ sung số liệu chỉ tiêu T2." });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var page = await commune.GetStringAsync($"/Reports/Edit/{id}");
        Assert.Contains("Bổ sung số liệu chỉ tiêu T2.", page, StringComparison.Ordinal);
        Assert.Contains("Bị trả lại", page, StringComparison.Ordinal);

        // Corrected and resubmitted, then approved.
        form = await ReportForm.ReadAsync(commune, id);
        form[ReportForm.FirstNarrative(form)] += " Đã bổ sung số liệu.";
        Assert.Equal(HttpStatusCode.Redirect, (await ReportForm.PostAsync(commune, id, form, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await district.PostFormAsync($"/Reports/Edit/{id}", $"/Reports/Review/{id}", new() { ["decision"] = "Approve" })).StatusCode);
        Assert.Equal(ReportStatus.Approved, (await ReportOfAsync(key)).Status);

        // Approved is locked: the commune cannot save any more.
        var stale = await ReportForm.ReadAsync(commune, id);
        Assert.DoesNotContain("Nộp báo cáo</button>", await commune.GetStringAsync($"/Reports/Edit/{id}"), StringComparison.Ordinal);
        await ReportForm.PostAsync(commune, id, stale, "save");
        Assert.Equal(ReportStatus.Approved, (await ReportOfAsync(key)).Status);

        // Only the reviewer reopens, and only with a reason.
        await commune.PostFormAsync($"/Reports/Edit/{id}", $"/Reports/Review/{id}", new() { ["decision"] = "Reopen", ["comment"] = "tự mở" });
        Assert.Equal(ReportStatus.Approved, (await ReportOfAsync(key)).Status);
        await district.PostFormAsync($"/Reports/Edit/{id}", $"/Reports/Review/{id}", new() { ["decision"] = "Reopen", ["comment"] = "" });
        Assert.Equal(ReportStatus.Approved, (await ReportOfAsync(key)).Status);
        await district.PostFormAsync($"/Reports/Edit/{id}", $"/Reports/Review/{id}", new() { ["decision"] = "Reopen", ["comment"] = "Sai số liệu T1." });
        var reopened = await ReportOfAsync(key);
        Assert.Equal(ReportStatus.Returned, reopened.Status);

        // The whole history is kept, in order.
        var actions = reopened.Events.OrderBy(e => e.Id).Select(e => e.Action).Where(a => a != ReportAction.Saved).ToList();
        Assert.Equal([ReportAction.Submitted, ReportAction.Returned, ReportAction.Submitted, ReportAction.Approved, ReportAction.Reopened], actions);
        var history = await commune.GetStringAsync($"/Reports/Edit/{id}");
        Assert.Contains("Sai số liệu T1.", history, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-12-10T16:59:59Z", false)] // 23:59:59 on 10/12 in Vietnam
    [InlineData("2024-12-10T17:00:00Z", true)] // 00:00 on 11/12 in Vietnam
    public async Task A_report_after_the_end_of_the_deadline_day_in_Vietnam_is_accepted_and_flagged_late(string at, bool late)
    {
        _factory.Clock.Now = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture);
        var (id, key, commune) = await FreshCommuneAsync("xa.tre@test.vn");
        var form = await ReportForm.ReadAsync(commune, id);
        form[ReportForm.FirstNarrative(form)] = "Kết quả năm 2024.";

        Assert.Equal(HttpStatusCode.Redirect, (await ReportForm.PostAsync(commune, id, form, "submit")).StatusCode);
        var report = await ReportOfAsync(key);
        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.Equal(late, report.IsLate);
    }

    [Fact]
    public async Task Submitting_twice_with_the_same_form_creates_one_submission()
    {
        var (id, key, commune) = await FreshCommuneAsync("xa.hainlan@test.vn");
        var form = await ReportForm.ReadAsync(commune, id);
        form[ReportForm.FirstNarrative(form)] = "Kết quả.";

        var first = ReportForm.PostAsync(commune, id, form, "submit");
        var second = ReportForm.PostAsync(commune, id, form, "submit");
        await Task.WhenAll(first, second);
        var again = await ReportForm.PostAsync(commune, id, form, "submit");

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var report = await ReportOfAsync(key);
        Assert.Equal(1, report.Events.Count(e => e.Action == ReportAction.Submitted));
        Assert.Contains("đã được nộp", await commune.GetStringAsync($"/Reports/Edit/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_people_editing_the_same_report_the_second_is_told_and_loses_nothing()
    {
        var (id, key, a) = await FreshCommuneAsync("a.cungxa@test.vn");
        await _factory.CreateUserAsync("b.cungxa@test.vn", Roles.CommuneOfficer, key);
        var b = await _factory.SignedInAsync("b.cungxa@test.vn");
        var formA = await ReportForm.ReadAsync(a, id);
        var formB = await ReportForm.ReadAsync(b, id);
        var field = ReportForm.FirstNarrative(formA);

        formA[field] = "Bản của người A.";
        Assert.Equal(HttpStatusCode.Redirect, (await ReportForm.PostAsync(a, id, formA, "save")).StatusCode);
        formB[field] = "Bản của người B.";
        var conflict = await ReportForm.PostAsync(b, id, formB, "save");
        var html = await conflict.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("trong khi bạn đang sửa", html, StringComparison.Ordinal);
        Assert.Contains("Bản của người B.", html, StringComparison.Ordinal); // what B typed, kept
        Assert.Contains("Bản của người A.", html, StringComparison.Ordinal); // what A saved, shown beside it
        Assert.Equal("Bản của người A.", await NarrativeAsync(id));

        // Saving again from the conflict page is a deliberate overwrite, and works.
        var retry = await ReportForm.PostAsync(b, id, ParseForm(html, formB), "save");
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Equal("Bản của người B.", await NarrativeAsync(id));
    }

    [Fact]
    public async Task A_conflict_shows_what_the_other_person_saved_in_the_words_of_the_form_never_True_or_False()
    {
        var (id, key, a) = await FreshCommuneAsync("c.cungxa@test.vn");
        await _factory.CreateUserAsync("d.cungxa@test.vn", Roles.CommuneOfficer, key);
        var b = await _factory.SignedInAsync("d.cungxa@test.vn");
        // A yes/no, a units-reaching and a rating target that communes report, beside the plan's own.
        await _factory.WithDbAsync(async db =>
        {
            var planId = await db.Plans.Where(p => p.Symbol == "KH-BCĐ" && p.Number == null).Select(p => p.Id).SingleAsync();
            foreach (var (code, kind) in new[] { ("CK1", TargetKind.YesNo), ("CK2", TargetKind.UnitsReaching), ("CK3", TargetKind.RatingDistribution) })
            {
                db.Targets.Add(new Target { PlanId = planId, Code = code, Name = "Chỉ tiêu " + code, Kind = kind, ReportedByLevel = Domain.Units.UnitLevel.Commune, SortOrder = 900 });
            }

            return await db.SaveChangesAsync();
        });
        var formA = await ReportForm.ReadAsync(a, id);
        var formB = await ReportForm.ReadAsync(b, id);
        var yesNo = await _factory.TargetFieldAsync(formA, "KH-BCĐ", "CK1");
        var reaching = await _factory.TargetFieldAsync(formA, "KH-BCĐ", "CK2");
        var rating = await _factory.TargetFieldAsync(formA, "KH-BCĐ", "CK3");
        formA[$"{yesNo}.Reached"] = "true";
        formA[$"{reaching}.Reached"] = "false";
        formA[$"{reaching}.Note"] = "Theo biên bản kiểm tra";
        string[] counts = ["3", "4", "5", "6"];
        for (var j = 0; j < counts.Length; j++)
        {
            formA[$"{rating}.Ratings[{j}]"] = counts[j];
        }

        Assert.Equal(HttpStatusCode.Redirect, (await ReportForm.PostAsync(a, id, formA, "save")).StatusCode);
        formB[$"{yesNo}.Reached"] = "false";
        var conflict = await ReportForm.PostAsync(b, id, formB, "save");
        var html = System.Net.WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("Bản người khác đã lưu: Có<", html, StringComparison.Ordinal);
        Assert.Contains("Bản người khác đã lưu: Chưa đạt · Theo biên bản kiểm tra<", html, StringComparison.Ordinal);
        Assert.Contains("Bản người khác đã lưu: Tốt 3 · Khá 4 · Trung bình 5 · Chưa đạt 6<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("True", html, StringComparison.Ordinal);
        Assert.DoesNotContain("False", html, StringComparison.Ordinal);
        // What B chose is kept in the form.
        Assert.Matches($"name=\"{System.Text.RegularExpressions.Regex.Escape(yesNo)}\\.Reached\"[^>]*>\\s*<option value=\"\">[^<]*</option>\\s*<option value=\"true\">[^<]*</option>\\s*<option value=\"false\" selected=\"selected\"", html);
    }

    private async Task<string?> NarrativeAsync(int reportId)
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.ReportNarratives.Where(n => n.ReportId == reportId).OrderBy(n => n.SortOrder).Select(n => n.Text).FirstAsync();
    }

    private static Dictionary<string, string> ParseForm(string html, Dictionary<string, string> typed)
    {
        var version = System.Text.RegularExpressions.Regex.Match(html, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        return new Dictionary<string, string>(typed) { ["Version"] = version };
    }
}
