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
/// issuer; the whole country's committees would only offer wrong matches. The successors of those
/// bodies come too, wherever they sit: they are what an ended body's mention is mapped to.
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

        var rows = await Rows(agencies).ToListAsync(ct);
        var missing = rows.Where(r => r.SuccessorId is { } s && rows.All(x => x.Id != s)).Select(r => r.SuccessorId!.Value).Distinct().ToList();
        if (missing.Count > 0)
        {
            rows.AddRange(await Rows(db.Agencies.AsNoTracking().Where(a => missing.Contains(a.Id))).ToListAsync(ct));
        }

        return [.. rows.Select(r => new ImportDirectoryAgency(r.Id, r.Key, r.Name, r.ShortName, r.Unit, new AgencySeed(
            r.Key, r.Name, KindCode(r.Kind), r.Code, r.ShortName), r.Term, r.SuccessorId))];
    }

    private sealed record Row(
        int Id, string Key, string Name, string? ShortName, AgencyKind Kind, string Code, string Unit, AgencyLifetime.Term Term, int? SuccessorId);

    private static IQueryable<Row> Rows(IQueryable<Agency> agencies) => agencies.Select(a => new Row(
        a.Id, a.Key, a.Name, a.ShortName, a.Kind, a.Unit!.Code, a.Unit.Name,
        new AgencyLifetime.Term(a.ShortName ?? a.Name, a.ValidFrom, a.ValidTo, a.Successor!.ShortName ?? a.Successor.Name), a.SuccessorId));

    private static string KindCode(AgencyKind kind)
    {
        var name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
