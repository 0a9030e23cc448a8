using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Reports;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Consolidated;

/// <summary>
/// Decides which period and unit a consolidation shows. A user sees consolidated data only for
/// units inside their own unit's subtree (an administrator: every unit), and only periods in which
/// a report they may see was filed there. Ids in the query string are never trusted on their own.
/// Reviewers and leaders of a unit that absorbed others also read the predecessors' periods, as
/// filed or under today's units (<see cref="HistoryView"/>).
/// </summary>
public sealed class ConsolidationScope(AppDbContext db, TimeProvider clock)
{
    /// <param name="view">The view asked for; null: today's units when the unit shown is one of them.</param>
    public async Task<ResolvedScope> ResolveAsync(UserScope user, int? periodId, int? unitId, CancellationToken ct, HistoryView? view = null)
    {
        if (!user.MayConsolidate || (!user.IsAdmin && user.UnitPath is null))
        {
            return ResolvedScope.Refused(ScopeOutcome.Forbidden);
        }

        var visible = db.Reports.Visible(db, user);
        if (!user.IsAdmin)
        {
            var own = user.UnitPath!;
            var history = user.PredecessorPaths.ToList();
            visible = visible.Where(r => r.Unit!.Path.StartsWith(own) || history.Any(h => EF.Functions.Like(r.Unit.Path, h + "%")));
        }

        var periods = await db.ReportingPeriods.AsNoTracking()
            .Where(p => visible.Any(r => r.PeriodId == p.Id))
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.Deadline).ThenByDescending(p => p.Id)
            .Select(p => new { Choice = new ResolvedScope.PeriodChoice(p.Id, p.Name, (p.Plan!.Number ?? "…") + "/" + p.Plan.Symbol, p.Plan.Unit!.Name, p.PlanId, p.Year), PlanPath = p.Plan.Unit.Path })
            .ToListAsync(ct);
        var choices = periods.Select(p => p.Choice).ToList();
        var chosen = periodId is { } id ? periods.FirstOrDefault(p => p.Choice.Id == id) : periods.FirstOrDefault();
        if (chosen is null)
        {
            return periodId is null
                ? new ResolvedScope(ScopeOutcome.Ok, choices, null, null, [])
                : ResolvedScope.Refused(ScopeOutcome.NotFound);
        }

        var today = VietnamTime.Today(clock);
        var historic = await db.Reports.AnyAsync(r => r.PeriodId == chosen.Choice.Id && r.Unit!.ValidTo != null && r.Unit.ValidTo < today, ct);
        var unit = await UnitAsync(unitId ?? DefaultUnit(user, chosen.PlanPath), today, ct);
        if (unit is null)
        {
            return ResolvedScope.Refused(ScopeOutcome.NotFound);
        }

        var shown = historic ? view ?? (unit.IsCurrent ? HistoryView.Current : HistoryView.Reported) : HistoryView.Reported;
        if (shown == HistoryView.Current && !unit.IsCurrent)
        {
            // An old unit asked for under today's units: the unit it went into whole, if there is one.
            var successor = await db.UnitSuccessions.AsNoTracking().Where(s => s.PredecessorId == unit.Id && s.IsFull)
                .Select(s => (int?)s.SuccessorId).FirstOrDefaultAsync(ct);
            var next = successor is { } successorId ? await UnitAsync(successorId, today, ct) : null;
            (unit, shown) = next is { IsCurrent: true } ? (next, shown) : (unit, HistoryView.Reported);
        }
        else if (shown == HistoryView.Reported && unitId is null && !user.IsAdmin && user.UnitPath is { } own
            && !await visible.AnyAsync(r => r.PeriodId == chosen.Choice.Id && r.Unit!.Path.StartsWith(own), ct))
        {
            // As filed, a successor's own unit holds none of the predecessors' reports: start at the province they
            // were filed in (not the plan's unit, which a transition may have moved to the successor).
            var filedIn = await visible.Where(r => r.PeriodId == chosen.Choice.Id).OrderBy(r => r.Id).Select(r => r.Unit!.Path).FirstOrDefaultAsync(ct);
            unit = filedIn is null ? unit : await UnitAsync(UnitPath.Ids(filedIn)[0], today, ct) ?? unit;
        }

        if (!InScope(user, unit.Path))
        {
            return ResolvedScope.Refused(ScopeOutcome.Forbidden);
        }

        var ids = UnitPath.Ids(unit.Path);
        var names = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(ct);
        var crumbs = ids.Select(i => names.Single(n => n.Id == i)).Select(n => new ResolvedScope.Crumb(n.Id, n.Name, n.Path, InScope(user, n.Path))).ToList();
        return new ResolvedScope(ScopeOutcome.Ok, choices, chosen.Choice, crumbs[^1], crumbs) { Historic = historic, View = shown, UnitIsCurrent = unit.IsCurrent };
    }

    private Task<UnitRow?> UnitAsync(int id, DateOnly today, CancellationToken ct) =>
        db.Units.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new UnitRow(u.Id, u.Path, u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo >= today)))
            .SingleOrDefaultAsync(ct);

    private sealed record UnitRow(int Id, string Path, bool IsCurrent);

    private static bool InScope(UserScope user, string path) =>
        user.IsAdmin || (user.UnitPath is { } own && UnitPath.IsWithin(path, own))
        || user.PredecessorPaths.Any(p => UnitPath.IsWithin(path, p));

    /// <summary>
    /// The user's own unit; for an administrator looking at a plan outside it, the province the
    /// plan belongs to.
    /// </summary>
    private static int DefaultUnit(UserScope user, string planPath)
    {
        if (user.UnitPath is { } own && (!user.IsAdmin || UnitPath.IsWithin(planPath, own) || UnitPath.IsWithin(own, planPath)))
        {
            return UnitPath.Ids(own)[^1];
        }

        return UnitPath.Ids(planPath)[0];
    }
}
