using System.Security.Claims;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Identity;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Home;

public sealed class HomeQueries(AppDbContext db, TimeProvider clock)
{
    public async Task<OverviewModel> OverviewAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.FullName, u.AgencyId, Agency = u.Agency!.Name, UnitPath = u.Unit!.Path })
            .SingleOrDefaultAsync(ct);
        var today = VietnamTime.Today(clock);
        var roles = Roles.All.Where(principal.IsInRole).Select(Roles.DisplayName).ToList();

        var pathIds = UnitPath.Ids(user?.UnitPath ?? UnitPath.Root);
        var names = await db.Units.AsNoTracking().Where(u => pathIds.Contains(u.Id)).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var unitPath = pathIds.Select(id => (id, names.Single(n => n.Id == id).Name)).ToList();

        var tasks = new List<OverviewModel.AgencyTask>();
        if (user?.AgencyId is { } agencyId)
        {
            var via = await AgencyCoverage.CoveringAsync(db, agencyId, ct);
            var ids = via.Keys.ToList();
            var rows = await db.TaskAssignments.AsNoTracking().Where(t => ids.Contains(t.AgencyId))
                .Join(db.PlanItems, t => t.PlanItemId, i => i.Id, (t, i) => new { t.AgencyId, t.Role, Item = i })
                .Join(db.Plans.Where(p => p.Status != PlanStatus.Draft), x => x.Item.PlanId, p => p.Id, (x, p) => new
                {
                    x.AgencyId, x.Role, x.Item.Number, x.Item.Title, x.Item.Deadline, PlanId = p.Id,
                    Plan = (p.Number ?? "…") + "/" + p.Symbol, p.PeriodStartYear, p.PeriodEndYear,
                    Phases = p.Phases.Select(ph => new PhaseWindow(ph.Name, ph.Start, ph.End)).ToList(),
                })
                .ToListAsync(ct);
            tasks = [.. rows.Select(r =>
                {
                    var rule = r.Deadline?.ToRule();
                    var year = Math.Clamp(today.Year, r.PeriodStartYear, r.PeriodEndYear);
                    return new OverviewModel.AgencyTask(r.PlanId, r.Plan, r.Number, r.Title, r.Role, via[r.AgencyId], rule?.DueDateFor(year, r.Phases), rule?.Describe());
                })
                .OrderBy(t => t.Due ?? DateOnly.MaxValue).ThenBy(t => t.Plan, StringComparer.Ordinal)];
        }

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
            tasks);
    }
}
