using System.Security.Claims;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Identity;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Rollup;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Reports;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using TaskProgress = LearningSociety.Domain.Reporting.TaskProgress;

namespace LearningSociety.Web.Features.Home;

public sealed class HomeQueries(AppDbContext db, TimeProvider clock, FreshCache cache)
{
    public Task<OverviewModel> OverviewAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var roles = string.Join(',', Roles.All.Where(principal.IsInRole));
        return cache.GetOrCreateAsync($"overview|{userId}|{roles}|{principal.Identity?.Name}|{VietnamTime.Today(clock).DayNumber}", () => OverviewUncachedAsync(principal, userId, ct));
    }

    private async Task<OverviewModel> OverviewUncachedAsync(ClaimsPrincipal principal, string? userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.FullName, u.AgencyId, Agency = u.Agency!.Name, UnitPath = u.Unit!.Path })
            .SingleOrDefaultAsync(ct);
        var today = VietnamTime.Today(clock);
        var roles = Roles.All.Where(principal.IsInRole).Select(Roles.DisplayName).ToList();

        var pathIds = UnitPath.Ids(user?.UnitPath ?? UnitPath.Root);
        var names = await db.Units.AsNoTracking().Where(u => pathIds.Contains(u.Id)).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var unitPath = pathIds.Select(id => (id, names.Single(n => n.Id == id).Name)).ToList();

        var (tasks, past) = user?.AgencyId is { } agencyId ? await TasksAsync(agencyId, today, ct) : ([], []);
        return new OverviewModel(
            user?.FullName ?? principal.Identity?.Name ?? "",
            roles,
            user?.Agency,
            user?.AgencyId,
            unitPath,
            await db.Plans.CountAsync(p => p.Status == PlanStatus.Active, ct),
            await db.PlanItems.CountAsync(i => i.IsTask, ct),
            await db.Targets.CountAsync(ct),
            today,
            tasks,
            past);
    }

    /// <summary>
    /// The agency's tasks in plans in force, each due on its date for this year and with the status
    /// its own report of this year gives (not started when it has none), by the same rule the
    /// dashboards use; plans that are history are only named, so nothing of theirs looks overdue now.
    /// </summary>
    private async Task<(List<OverviewModel.AgencyTask>, List<(int, string)>)> TasksAsync(int agencyId, DateOnly today, CancellationToken ct)
    {
        var via = await AgencyCoverage.CoveringAsync(db, agencyId, ct);
        var ids = via.Keys.ToList();
        var year = today.Year;
        var rows = await db.TaskAssignments.AsNoTracking().Where(t => ids.Contains(t.AgencyId))
            .Join(db.PlanItems, t => t.PlanItemId, i => i.Id, (t, i) => new { t.AgencyId, t.Role, Item = i })
            .Join(db.Plans.Where(p => p.Status != PlanStatus.Draft), x => x.Item.PlanId, p => p.Id, (x, p) => new
            {
                x.AgencyId, x.Role, ItemId = x.Item.Id, x.Item.Number, x.Item.Title, x.Item.Deadline, PlanId = p.Id,
                Plan = (p.Number ?? "…") + "/" + p.Symbol, p.Status, p.PeriodEndYear, IssuerEnd = p.Issuer!.ValidTo,
                Phases = p.Phases.Select(ph => new PhaseWindow(ph.Name, ph.Start, ph.End)).ToList(),
            })
            .ToListAsync(ct);
        var planIds = rows.Select(r => r.PlanId).Distinct().ToList();
        var withPeriod = (await db.ReportingPeriods.AsNoTracking().Where(p => planIds.Contains(p.PlanId) && p.Year == year)
            .Select(p => p.PlanId).Distinct().ToListAsync(ct)).ToHashSet();
        var entries = (await db.ReportTaskEntries.AsNoTracking()
            .Where(e => db.Reports.Any(r => r.Id == e.ReportId && r.AgencyId == agencyId && r.Period!.Year == year && planIds.Contains(r.Period.PlanId)))
            .Select(e => new { e.PlanItemId, e.Progress, e.CompletedOn, e.ReportId })
            .ToListAsync(ct))
            .GroupBy(e => e.PlanItemId).ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.ReportId).First());

        var inForce = rows.Where(r => ReportingNow.PlanInForce(r.Status, r.PeriodEndYear, r.IssuerEnd is null || r.IssuerEnd >= today, withPeriod.Contains(r.PlanId), year)).ToList();
        var tasks = inForce.Select(r =>
            {
                var rule = r.Deadline?.ToRule();
                var due = withPeriod.Contains(r.PlanId) ? rule?.DueDateFor(year, r.Phases) : null;
                DerivedTaskStatus? status = null;
                if (withPeriod.Contains(r.PlanId))
                {
                    var entry = entries.GetValueOrDefault(r.ItemId);
                    status = TaskStatusRule.Derive(Progress(entry?.Progress), entry?.CompletedOn, due, today);
                }

                return new OverviewModel.AgencyTask(r.PlanId, r.Plan, r.Number, r.Title, r.Role, via[r.AgencyId], due, rule?.Describe(), status);
            })
            .OrderBy(t => t.Due ?? DateOnly.MaxValue).ThenBy(t => t.Plan, StringComparer.Ordinal).ToList();
        var past = rows.Except(inForce).Select(r => (r.PlanId, r.Plan)).Distinct().OrderBy(p => p.Plan, StringComparer.Ordinal).ToList();
        return (tasks, past);
    }

    /// <summary>
    /// The periods the home page is about: those that are "now" with reports the user reviews (a reviewer)
    /// or reports in the user's unit (a leader), the one with the most such reports first (a province's own
    /// plan before a carried-over district plan), then the latest. Empty when nothing is due now, even if
    /// older periods exist (they are history).
    /// </summary>
    public Task<IReadOnlyList<int>> CurrentPeriodsAsync(UserScope user, bool reviewed, CancellationToken ct) =>
        cache.GetOrCreateAsync($"periods|{user.AccessKey}|{reviewed}|{VietnamTime.Today(clock).DayNumber}", () => CurrentPeriodsUncachedAsync(user, reviewed, ct));

    private async Task<IReadOnlyList<int>> CurrentPeriodsUncachedAsync(UserScope user, bool reviewed, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var reports = db.Reports.Visible(db, user);
        if (reviewed)
        {
            var agencyId = user.AgencyId ?? -1;
            reports = reports.Where(r => r.ReviewerAgencyId == agencyId);
        }
        else if (!user.IsAdmin)
        {
            var path = user.UnitPath ?? "\u0000";
            reports = reports.Where(r => r.Unit!.Path.StartsWith(path));
        }

        var candidates = await db.ReportingPeriods.AsNoTracking()
            .Where(p => p.Year >= today.Year - 1 && reports.Any(r => r.PeriodId == p.Id))
            .Select(p => new { p.Id, p.Year, p.Deadline, Reports = reports.Count(r => r.PeriodId == p.Id) }).ToListAsync(ct);
        return [.. candidates.Where(p => ReportingNow.IsCurrent(p.Year, p.Deadline, today))
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.Reports).ThenByDescending(p => p.Deadline).ThenByDescending(p => p.Id)
            .Select(p => p.Id)];
    }

    /// <summary>Whether any of these plans is a demo sample, so the page says its figures are synthetic.</summary>
    public Task<bool> AnySampleAsync(IReadOnlyCollection<int> planIds, CancellationToken ct) =>
        cache.GetOrCreateAsync("sample|" + string.Join(',', planIds.Order()), () => AnySampleUncachedAsync(planIds, ct));

    private Task<bool> AnySampleUncachedAsync(IReadOnlyCollection<int> planIds, CancellationToken ct) =>
        db.Plans.AnyAsync(p => planIds.Contains(p.Id) && p.SourceFile != null && p.SourceFile.StartsWith(Plan.SampleSourcePrefix), ct);

    private static Domain.Rollup.TaskProgress Progress(TaskProgress? progress) => progress switch
    {
        TaskProgress.Completed => Domain.Rollup.TaskProgress.Completed,
        TaskProgress.InProgress => Domain.Rollup.TaskProgress.InProgress,
        TaskProgress.NotStarted or null => Domain.Rollup.TaskProgress.NotStarted,
        _ => throw new ArgumentOutOfRangeException(nameof(progress)),
    };
}
