using System.Net;
using LearningSociety.Domain.Plans;
using LearningSociety.IntegrationTests.Infrastructure;
using LearningSociety.Web.Features.Admin.Transition;
using LearningSociety.Web.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// The embedded demo started on 7/12/2026, as a new user starts it: the plans part of the transition is
/// applied once (the Cần Đước plan carried to the new Tây Ninh, its 2026 reports going to the new Sở), the
/// accounts of the ended bodies are left for the administrator, a restart changes nothing, and a transition
/// the administrator undid is not applied again at the next start.
/// </summary>
public sealed class DemoTransitionTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Today = new(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(7));
    private readonly PortalFactory _factory = new();

    public Task InitializeAsync()
    {
        _factory.Clock.Now = Today; // before the first request: start-up runs on the demo's real day
        _factory.CreatePortalClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private Task<int> AppliedAsync(PortalFactory factory) => factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "transition.apply"));

    private static Task<string> PlanRowsAsync(PortalFactory factory) => factory.WithDbAsync(async db =>
        string.Join('\n', await db.Plans.AsNoTracking().OrderBy(p => p.Id).Select(p => $"{p.Id}|{p.Status}|{p.UnitId}|{p.IssuerId}").ToListAsync()));

    [Fact]
    public async Task The_demo_carries_the_Can_Duoc_plan_to_the_new_Sở_once_and_leaves_the_accounts_to_the_administrator()
    {
        var (canDuoc, so, province, phong) = await _factory.WithDbAsync(async db => (
            await db.Plans.AsNoTracking().SingleAsync(p => p.Symbol == "KH-BCĐ" && p.Number == null),
            await db.Agencies.Where(a => a.Key == "80/2025:so-gddt").Select(a => a.Id).SingleAsync(),
            await db.Units.Where(u => u.Code == "80" && u.ValidTo == null).Select(u => u.Id).SingleAsync(),
            await db.Users.AsNoTracking().Include(u => u.Agency).SingleAsync(u => u.Email == "phong.gddt.canduoc@hoctap.local")));
        Assert.Equal(1, await AppliedAsync(_factory));
        Assert.Equal(PlanStatus.Active, canDuoc.Status);
        Assert.Equal(province, canDuoc.UnitId);

        // Its 2026 period is open with the communes that absorbed Cần Đước's, reviewed by the new Sở.
        var reports = await _factory.WithDbAsync(db => db.Reports.AsNoTracking().Include(r => r.Agency)
            .Where(r => r.Period!.PlanId == canDuoc.Id && r.Period.Name == "Năm 2026").ToListAsync());
        var communes = reports.Where(r => r.AgencyId != so).ToList();
        Assert.InRange(communes.Count, 2, 20);
        Assert.All(communes, r => Assert.Equal(so, r.ReviewerAgencyId));
        Assert.Contains(communes, r => r.Agency!.Key == "28144/2025:ubnd"); // Xã Long Hựu
        Assert.All(reports, r => Assert.True(r.Agency!.IsValidOn(DateOnly.FromDateTime(Today.Date))));

        // The 2024 reports keep the district office that reviewed them; its account is still the administrator's to decide.
        Assert.True(await _factory.WithDbAsync(db => db.Reports.AnyAsync(r => r.Period!.PlanId == canDuoc.Id && r.Period.Name == "Năm 2024" && r.ReviewerAgencyId == phong.AgencyId)));
        Assert.NotNull(phong.Agency!.ValidTo);
        Assert.False(phong.LockoutEnd > Today);
        var admin = await _factory.SignedInAsync("admin@hoctap.local");
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Transition"));
        Assert.Contains("phong.gddt.canduoc@hoctap.local", page, StringComparison.Ordinal);

        // The new Sở's home page: its own plan first, the carried plan beside it with its trend across the reform.
        var home = WebUtility.HtmlDecode(await (await _factory.SignedInAsync("so.gddt.tayninh@hoctap.local")).GetStringAsync("/"));
        Assert.Contains("Các kỳ báo cáo khác đang mở", home, StringComparison.Ordinal);
        Assert.True(home.IndexOf("…/KH-UBND", StringComparison.Ordinal) < home.IndexOf("…/KH-BCĐ", StringComparison.Ordinal));
        Assert.Contains("Sắp xếp đơn vị hành chính", home, StringComparison.Ordinal);
        Assert.Contains("81,0%", home, StringComparison.Ordinal); // 2024 under today's units: 17 of 21 received
    }

    [Fact]
    public async Task A_restart_changes_nothing_and_an_undone_transition_stays_undone()
    {
        var plans = await PlanRowsAsync(_factory);
        await using (var again = new PortalFactory(_factory.Folder))
        {
            again.Clock.Now = Today;
            again.CreatePortalClient();
            Assert.Equal(plans, await PlanRowsAsync(again));
            Assert.Equal(1, await AppliedAsync(again));
        }

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var commands = scope.ServiceProvider.GetRequiredService<TransitionCommands>();
            var id = await _factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "transition.apply").Select(a => a.EntityId!).SingleAsync());
            var preview = await commands.UndoPreviewAsync(id, default);
            Assert.Equal(TransitionCommands.Outcome.Applied, (await commands.UndoAsync(id, preview.Fingerprint, DemoTransition.Actor, default)).Outcome);
        }

        var undone = await PlanRowsAsync(_factory);
        Assert.NotEqual(plans, undone);
        await using (var third = new PortalFactory(_factory.Folder))
        {
            third.Clock.Now = Today;
            third.CreatePortalClient();
            Assert.Equal(undone, await PlanRowsAsync(third));
            Assert.Equal(1, await AppliedAsync(third));
        }
    }
}
