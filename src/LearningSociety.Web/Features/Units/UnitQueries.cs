using System.Globalization;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Units;

public sealed class UnitQueries(AppDbContext db, TimeProvider clock)
{
    public async Task<UnitBrowseModel?> BrowseAsync(int? id, DateOnly? date, CancellationToken ct)
    {
        var day = date ?? VietnamTime.Today(clock);
        if (id is null)
        {
            var roots = await Nodes(db.Units.Where(u => u.ParentId == null && u.ValidFrom <= day && (u.ValidTo == null || day <= u.ValidTo)))
                .ToListAsync(ct);
            return new UnitBrowseModel(day, null, [], Sorted(roots), [], [], []);
        }

        var unit = await Nodes(db.Units.Where(u => u.Id == id)).SingleOrDefaultAsync(ct);
        if (unit is null)
        {
            return null;
        }

        var path = await db.Units.Where(u => u.Id == id).Select(u => u.Path).SingleAsync(ct);
        var ancestorIds = UnitPath.Ids(path).Where(x => x != id).ToList();
        var ancestors = await Nodes(db.Units.Where(u => ancestorIds.Contains(u.Id))).ToListAsync(ct);
        var children = await Nodes(db.Units.Where(u => u.ParentId == id)).ToListAsync(ct);
        var predecessors = await db.UnitSuccessions.AsNoTracking().Where(s => s.SuccessorId == id)
            .Select(s => new UnitBrowseModel.Link(s.PredecessorId, s.Predecessor!.Name, s.IsFull, s.EffectiveOn)).ToListAsync(ct);
        var successors = await db.UnitSuccessions.AsNoTracking().Where(s => s.PredecessorId == id)
            .Select(s => new UnitBrowseModel.Link(s.SuccessorId, s.Successor!.Name, s.IsFull, s.EffectiveOn)).ToListAsync(ct);
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.UnitId == id)
            .Select(a => new { a.Id, a.Name, a.Kind }).ToListAsync(ct);

        return new UnitBrowseModel(
            day,
            unit,
            [.. ancestors.OrderBy(a => ancestorIds.IndexOf(a.Id))],
            Sorted(children),
            predecessors,
            successors,
            [.. agencies.OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false))
                .Select(a => new UnitBrowseModel.AgencyRow(a.Id, a.Name, Display.AgencyKind(a.Kind)))]);
    }

    private static IQueryable<UnitBrowseModel.Node> Nodes(IQueryable<AdministrativeUnit> units) =>
        units.AsNoTracking().Select(u => new UnitBrowseModel.Node(
            u.Id, u.Code, u.Name, u.UnitType, u.Level, u.ValidFrom, u.ValidTo, u.Children.Count, u.ContactName, u.ContactPhone, u.ContactEmail));

    private static List<UnitBrowseModel.Node> Sorted(List<UnitBrowseModel.Node> nodes) =>
        [.. nodes.OrderBy(n => n.Code, StringComparer.Ordinal)];
}
