using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Shared;

/// <summary>
/// An agency is assigned a task directly, or through a group such as "UBND các xã, thị trấn"
/// whose unit lies above the agency's unit and whose member level is the agency's level.
/// </summary>
public static class AgencyCoverage
{
    /// <summary>The agency itself and every group that covers it, with the group's name (empty for the agency itself).</summary>
    public static async Task<IReadOnlyDictionary<int, string>> CoveringAsync(AppDbContext db, int agencyId, CancellationToken ct)
    {
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId)
            .Select(a => new { a.Kind, a.Unit!.Path, a.Unit.Level }).SingleAsync(ct);
        var result = new Dictionary<int, string> { [agencyId] = "" };
        if (agency.Kind != AgencyKind.PeoplesCommittee)
        {
            return result;
        }

        var groups = await db.Agencies.AsNoTracking()
            .Where(a => a.Kind == AgencyKind.Group && a.MemberLevel == agency.Level)
            .Select(a => new { a.Id, a.Name, a.Unit!.Path }).ToListAsync(ct);
        foreach (var group in groups.Where(g => UnitPath.IsWithin(agency.Path, g.Path)))
        {
            result[group.Id] = group.Name;
        }

        return result;
    }
}
