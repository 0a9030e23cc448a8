using System.Globalization;
using System.Net;
using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Plans;
using LearningSociety.Infrastructure.Reporting;
using LearningSociety.IntegrationTests.Infrastructure;
using LearningSociety.Web.Features.Account;
using LearningSociety.Web.Features.Admin.Transition;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// "Chuyển tiếp sau sắp xếp" over the seeds on 7/12/2026: previewed, refused when stale, applied, applied again
/// (nothing changes), undone, applied once more; not one report row changed by it; the Cần Đước plan then opens
/// its 2026 period by itself, its communes reporting to the new Sở.
/// </summary>
public sealed class ReformTransitionTests : IAsyncLifetime
{
    private const string Page = "/Admin/Transition";
    private const string PreviewUrl = "/Admin/Transition/Preview";
    private const string ApplyUrl = "/Admin/Transition/Apply";
    private readonly PortalFactory _factory = new();

    public Task InitializeAsync()
    {
        _factory.CreatePortalClient();
        _factory.Clock.Now = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(7));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    /// <summary>Every column of every report that decides what it is, whose it is and where it stands.</summary>
    private Task<List<string>> ReportRowsAsync() => _factory.WithDbAsync(db => db.Reports.AsNoTracking().OrderBy(r => r.Id)
        .Select(r => $"{r.Id}|{r.PeriodId}|{r.AgencyId}|{r.UnitId}|{r.ReviewerAgencyId}|{r.ReportingRuleId}|{r.Status}|{r.Version}|{r.SubmittedAt}|{r.ApprovedAt}")
        .ToListAsync());

    /// <summary>The rows a transition may change: plans, reporting rules, accounts.</summary>
    private Task<List<string>> TouchableRowsAsync() => _factory.WithDbAsync(async db =>
        (await db.Plans.AsNoTracking().OrderBy(p => p.Id).Select(p => $"plan {p.Id}|{p.Status}|{p.UnitId}|{p.IssuerId}").ToListAsync())
        .Concat(await db.ReportingRules.AsNoTracking().OrderBy(r => r.Id).Select(r => $"rule {r.Id}|{r.FromAgencyId}|{r.ToAgencyId}").ToListAsync())
        .Concat((await db.Users.AsNoTracking().OrderBy(u => u.Email).Select(u => new { u.Email, u.AgencyId, u.UnitId, u.LockoutEnd }).ToListAsync())
            .Select(u => $"user {u.Email}|{u.AgencyId}|{u.UnitId}|{u.LockoutEnd}"))
        .ToList());

    private Task<string> UserIdAsync(string email) => _factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<int> AgencyIdAsync(string key) => _factory.WithDbAsync(db => db.Agencies.Where(a => a.Key == key).Select(a => a.Id).SingleAsync());

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, HtmlForm form) =>
        await client.PostAsync(url, new FormUrlEncodedContent(form.Fields));

    /// <summary>The page's form with the old district office's account locked instead of rebound, previewed.</summary>
    private static async Task<string> PreviewAsync(HttpClient admin, string phongId)
    {
        var form = HtmlForm.Parse(await admin.GetStringAsync(Page), PreviewUrl);
        form[$"Choices[user-{phongId}]"] = "lock";
        var preview = await PostAsync(admin, PreviewUrl, form);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        return WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_transition_is_previewed_refused_when_stale_applied_once_undone_and_the_calendar_then_opens_the_Can_Duoc_plan()
    {
        var admin = await _factory.SignedInAsync("admin@hoctap.local");
        var canDuoc = await _factory.WithDbAsync(db => db.Plans.Where(p => p.Symbol == "KH-BCĐ").Select(p => new { p.Id, p.UnitId, p.IssuerId }).SingleAsync());
        var phongId = await UserIdAsync("phong.gddt.canduoc@hoctap.local");
        var (tayNinh, so, ubnd) = (
            await _factory.WithDbAsync(db => db.Agencies.Where(a => a.Key == "80/2025:so-gddt").Select(a => a.UnitId).SingleAsync()),
            await AgencyIdAsync("80/2025:so-gddt"), await AgencyIdAsync("80/2025:ubnd"));
        var districtCommunes = await AgencyIdAsync("806:ubnd-cap-xa");
        var reports = await ReportRowsAsync();
        var before = await TouchableRowsAsync();

        // The list names the plans in force and the accounts of ended bodies, with what the succession data implies.
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(Page));
        Assert.Contains("Kế hoạch …/KH-BCĐ", page, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch 770/KH-UBND", page, StringComparison.Ordinal);
        Assert.Contains("Phòng Giáo dục và Đào tạo huyện Cần Đước (đến 30/06/2025)", page, StringComparison.Ordinal);
        Assert.Contains("Tiếp tục thực hiện tại Tỉnh Tây Ninh (đề xuất)", page, StringComparison.Ordinal);
        Assert.Contains("Các xã, phường kế nhiệm của huyện Cần Đước", page, StringComparison.Ordinal);
        Assert.Contains("phong.gddt.canduoc@hoctap.local", page, StringComparison.Ordinal);

        // A choice that is not one of the row's options is refused, and what was chosen is kept.
        var bad = HtmlForm.Parse(await admin.GetStringAsync(Page), PreviewUrl);
        bad[$"Choices[plan-{canDuoc.Id}]"] = "xoa";
        bad[$"Choices[user-{phongId}]"] = "lock";
        var refused = await PostAsync(admin, PreviewUrl, bad);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var refusedPage = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Kế hoạch …/KH-BCĐ: lựa chọn “Xử lý kế hoạch” không hợp lệ", refusedPage, StringComparison.Ordinal);
        Assert.Contains("value=\"lock\" selected=\"selected\"", refusedPage, StringComparison.Ordinal);

        // Preview: exactly what will change.
        var preview = await PreviewAsync(admin, phongId);
        Assert.Contains("Kế hoạch …/KH-BCĐ: địa bàn Huyện Cần Đước → Tỉnh Tây Ninh", preview, StringComparison.Ordinal);
        Assert.Contains("cơ quan nhận báo cáo Phòng Giáo dục và Đào tạo huyện Cần Đước → Sở Giáo dục và Đào tạo tỉnh Tây Ninh", preview, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch 770/KH-UBND: Đang thực hiện → Đã kết thúc", preview, StringComparison.Ordinal);
        Assert.Contains("Tài khoản phong.gddt.canduoc@hoctap.local: khóa", preview, StringComparison.Ordinal);
        Assert.Contains("Tài khoản so.gddt@hoctap.local: cơ quan Sở Giáo dục và Đào tạo tỉnh Long An → Sở Giáo dục và Đào tạo tỉnh Tây Ninh", preview, StringComparison.Ordinal);
        Assert.Equal(before, await TouchableRowsAsync()); // previewing saves nothing

        // Someone else locks the MTTQ account meanwhile: the stale preview is refused and nothing changes.
        await _factory.WithDbAsync(async db =>
        {
            var mttq = await db.Users.SingleAsync(u => u.Email == "mttq.canduoc@hoctap.local");
            mttq.LockoutEnd = DateTimeOffset.MaxValue;
            return await db.SaveChangesAsync();
        });
        before = await TouchableRowsAsync();
        var stale = await PostAsync(admin, ApplyUrl, HtmlForm.Parse(preview, ApplyUrl));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Dữ liệu đã thay đổi từ khi bạn xem lại; hãy xem lại lần nữa.", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await TouchableRowsAsync());
        Assert.Equal(0, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action.StartsWith("transition."))));

        // Preview again and confirm; a second administrator, who chose to close the Cần Đước plan, confirms just after.
        var confirm = HtmlForm.Parse(await PreviewAsync(admin, phongId), ApplyUrl);
        var other = await _factory.SignedInAsync("admin@hoctap.local");
        var closing = HtmlForm.Parse(await other.GetStringAsync(Page), PreviewUrl);
        closing[$"Choices[plan-{canDuoc.Id}]"] = "close";
        var closingPreview = await PostAsync(other, PreviewUrl, closing);
        var otherConfirm = HtmlForm.Parse(WebUtility.HtmlDecode(await closingPreview.Content.ReadAsStringAsync()), ApplyUrl);
        var applied = await PostAsync(admin, ApplyUrl, confirm);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var lost = await PostAsync(other, ApplyUrl, otherConfirm); // both previewed before either confirmed
        Assert.Equal(HttpStatusCode.Conflict, lost.StatusCode);
        Assert.Contains(TransitionCommands.Conflict, WebUtility.HtmlDecode(await lost.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var plan = await _factory.WithDbAsync(db => db.Plans.AsNoTracking().SingleAsync(p => p.Id == canDuoc.Id));
        Assert.Equal((PlanStatus.Active, tayNinh, so), (plan.Status, plan.UnitId, plan.IssuerId));
        var rules = await _factory.WithDbAsync(db => db.ReportingRules.AsNoTracking().Where(r => r.PlanId == canDuoc.Id).ToListAsync());
        Assert.All(rules, r => Assert.Contains(r.ToAgencyId, new[] { so, ubnd }));
        Assert.All(rules, r => Assert.Contains(r.FromAgencyId, new[] { districtCommunes, so })); // restricted to Cần Đước's successors
        Assert.All(rules, r => Assert.NotEqual(r.FromAgencyId, r.ToAgencyId));
        Assert.Equal(3, await _factory.WithDbAsync(db => db.Plans.CountAsync(p => p.Status == PlanStatus.Completed && p.Id != canDuoc.Id && p.Symbol == "KH-UBND" && p.Number != "137")));
        Assert.Equal(so, await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == "so.gddt@hoctap.local").Select(u => u.AgencyId).SingleAsync()));
        var locked = await _factory.CreatePortalClient().LoginAsync("phong.gddt.canduoc@hoctap.local");
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains(AccountController.FailedSignIn, await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(reports, await ReportRowsAsync());
        var changes = await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "transition.change"));
        Assert.True(changes > 10);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "transition.apply")));
        Assert.Contains("Chuyển tiếp sau sắp xếp", await _factory.WithDbAsync(db => db.PlanRevisions.Where(r => r.PlanId == canDuoc.Id).Select(r => r.Summary).SingleAsync()), StringComparison.Ordinal);
        var done = WebUtility.HtmlDecode(await admin.GetStringAsync(Page));
        Assert.Contains("Không còn kế hoạch, quy định báo cáo hay tài khoản nào", done, StringComparison.Ordinal);

        // The same confirmation again changes nothing.
        var after = await TouchableRowsAsync();
        var again = await PostAsync(admin, ApplyUrl, confirm);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("Không có gì thay đổi", WebUtility.HtmlDecode(await admin.GetStringAsync(Page)), StringComparison.Ordinal);
        Assert.Equal(after, await TouchableRowsAsync());
        Assert.Equal(changes, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "transition.change")));

        // Undo: the same preview and confirmation, the inverse applied; the plans and accounts are back, the reports untouched.
        var id = await _factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "transition.apply").Select(a => a.EntityId!).SingleAsync());
        Assert.Contains($"/Admin/Transition/Undo/{id}", done, StringComparison.Ordinal);
        var undoPreview = WebUtility.HtmlDecode(await admin.GetStringAsync($"/Admin/Transition/Undo/{id}"));
        Assert.Contains("Hoàn tác — Kế hoạch …/KH-BCĐ: địa bàn Huyện Cần Đước → Tỉnh Tây Ninh", undoPreview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, $"/Admin/Transition/Undo/{id}", HtmlForm.Parse(undoPreview, $"/Admin/Transition/Undo/{id}"))).StatusCode);
        var undone = await TouchableRowsAsync();
        Assert.Equal(before, undone);
        Assert.Equal(reports, await ReportRowsAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, $"/Admin/Transition/Undo/{id}", HtmlForm.Parse(undoPreview, $"/Admin/Transition/Undo/{id}"))).StatusCode);
        Assert.Equal(undone, await TouchableRowsAsync()); // undoing twice changes nothing either
        Assert.Equal(1, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "transition.undo")));

        // Applied once more (with the defaults: the district office's account rebound to the new Sở), the calendar opens 2026 by itself.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, ApplyUrl, HtmlForm.Parse(await PreviewDefaultsAsync(admin), ApplyUrl))).StatusCode);
        Assert.Equal(so, await _factory.WithDbAsync(db => db.Users.Where(u => u.Id == phongId).Select(u => u.AgencyId).SingleAsync()));
        Assert.Equal(reports, await ReportRowsAsync());
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PeriodCalendarRunner>().RunAsync();
        }

        var opened = await _factory.WithDbAsync(db => db.Reports.AsNoTracking().Include(r => r.Agency).Include(r => r.Unit)
            .Where(r => r.Period!.PlanId == canDuoc.Id && r.Period.Name == "Năm 2026").ToListAsync());
        var communes = opened.Where(r => r.Agency!.Kind == AgencyKind.PeoplesCommittee).ToList();
        Assert.NotEmpty(communes);
        Assert.All(communes, r => Assert.Equal(so, r.ReviewerAgencyId));
        Assert.All(opened, r => Assert.True(r.Agency!.IsValidOn(new DateOnly(2026, 12, 14))));
        Assert.Contains(communes, r => r.Agency!.Key == "28144/2025:ubnd"); // Xã Long Hựu, which absorbed Long Hựu Đông
        Assert.Single(opened, r => r.AgencyId == so && r.ReviewerAgencyId == ubnd);
        Assert.True(communes.Count < 96); // the successors of Cần Đước's communes, not the whole province
        Assert.Empty(await _factory.WithDbAsync(db => PlanBodies.EndedAsync(db, canDuoc.Id, new DateOnly(2026, 12, 14))));
    }

    private static async Task<string> PreviewDefaultsAsync(HttpClient admin)
    {
        var preview = await PostAsync(admin, PreviewUrl, HtmlForm.Parse(await admin.GetStringAsync(Page), PreviewUrl));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        return WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
    }
}
