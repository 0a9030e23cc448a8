using LearningSociety.Domain.Identity;
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
/// </summary>
public sealed class ConsolidationScope(AppDbContext db)
{
    /// <summary>Roles that review or lead see consolidations; filers see their own reports only.</summary>
    public static bool MayConsolidate(UserScope user) =>
        user.IsAdmin || user.IsReviewer || user.Roles.Contains(Roles.Leader);

    public async Task<ResolvedScope> ResolveAsync(UserScope user, int? periodId, int? unitId, CancellationToken ct)
    {
        if (!MayConsolidate(user) || (!user.IsAdmin && user.UnitPath is null))
        {
            return ResolvedScope.Refused(ScopeOutcome.Forbidden);
        }

        var visible = db.Reports.Visible(db, user);
        if (!user.IsAdmin)
        {
            var own = user.UnitPath!;
            visible = visible.Where(r => r.Unit!.Path.StartsWith(own));
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

        var targetId = unitId ?? DefaultUnit(user, chosen.PlanPath);
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == targetId).Select(u => new { u.Id, u.Path }).SingleOrDefaultAsync(ct);
        if (unit is null)
        {
            return ResolvedScope.Refused(ScopeOutcome.NotFound);
        }

        if (!InScope(user, unit.Path))
        {
            return ResolvedScope.Refused(ScopeOutcome.Forbidden);
        }

        var ids = UnitPath.Ids(unit.Path);
        var names = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(ct);
        var crumbs = ids.Select(i => names.Single(n => n.Id == i)).Select(n => new ResolvedScope.Crumb(n.Id, n.Name, n.Path, InScope(user, n.Path))).ToList();
        return new ResolvedScope(ScopeOutcome.Ok, choices, chosen.Choice, crumbs[^1], crumbs);
    }

    private static bool InScope(UserScope user, string path) =>
        user.IsAdmin || (user.UnitPath is { } own && UnitPath.IsWithin(path, own));

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
