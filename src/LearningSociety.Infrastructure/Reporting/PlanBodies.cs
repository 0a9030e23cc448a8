using LearningSociety.Domain.Agencies;
using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Infrastructure.Reporting;

/// <summary>
/// Which bodies of a plan have ended by a given day: the issuing agency and its unit, the reviewers
/// (reporting rules' ToAgency) and the reporters named one by one (FromAgency that is not a group;
/// a group is expanded to the units of the day instead). Such a plan is not opened by the calendar:
/// it waits for its transition after the reorganisation ("Chuyển tiếp sau sắp xếp").
/// </summary>
public static class PlanBodies
{
    public static async Task<IReadOnlyList<EndedBody>> EndedAsync(AppDbContext db, int planId, DateOnly asOf, CancellationToken ct = default)
    {
        var agencies = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.IssuerId)
            .Concat(db.ReportingRules.Where(r => r.PlanId == planId).Select(r => r.ToAgencyId))
            .Concat(db.ReportingRules.Where(r => r.PlanId == planId && r.FromAgency!.Kind != AgencyKind.Group).Select(r => r.FromAgencyId))
            .ToListAsync(ct);
        var ended = await db.Agencies.AsNoTracking()
            .Where(a => agencies.Contains(a.Id) && a.ValidTo != null && a.ValidTo < asOf)
            .OrderBy(a => a.ValidTo).ThenBy(a => a.Name)
            .Select(a => new EndedBody(a.Name, a.ValidTo!.Value, a.Successor == null ? null : a.Successor.Name))
            .ToListAsync(ct);
        var unit = await db.Plans.AsNoTracking().Where(p => p.Id == planId && p.Unit!.ValidTo != null && p.Unit.ValidTo < asOf)
            .Select(p => new EndedBody(p.Unit!.Name, p.Unit.ValidTo!.Value, null))
            .ToListAsync(ct);
        return [.. unit, .. ended];
    }
}
