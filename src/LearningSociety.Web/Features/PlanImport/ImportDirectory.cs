using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Seeding;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.PlanImport;

/// <summary>
/// The agencies an imported plan is matched against: those of the user's own unit, the units
/// above it and the units inside it (an administrator: all). A plan names the bodies around its
/// issuer; the whole country's committees would only offer wrong matches.
/// </summary>
public sealed class ImportDirectory(AppDbContext db)
{
    public async Task<IReadOnlyList<ImportDirectoryAgency>> LoadAsync(UserScope user, CancellationToken ct)
    {
        var agencies = db.Agencies.AsNoTracking();
        if (!user.IsAdmin)
        {
            var path = user.UnitPath ?? "\u0000";
            var above = user.UnitPath is null ? [] : UnitPath.Ids(user.UnitPath).ToList();
            agencies = agencies.Where(a => a.Unit!.Path.StartsWith(path) || above.Contains(a.UnitId));
        }

        var rows = await agencies
            .Select(a => new { a.Id, a.Key, a.Name, a.ShortName, a.Kind, a.Unit!.Code, Unit = a.Unit.Name })
            .ToListAsync(ct);
        return [.. rows.Select(r => new ImportDirectoryAgency(r.Id, r.Key, r.Name, r.ShortName, r.Unit, new AgencySeed(
            r.Key, r.Name, KindCode(r.Kind), r.Code, r.ShortName)))];
    }

    private static string KindCode(AgencyKind kind)
    {
        var name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
