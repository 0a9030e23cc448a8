using System.Globalization;
using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Text;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Plans;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Setup;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>Read side of the editor: the plan as loaded for a page, and the lists its selects offer.</summary>
public sealed class PlanEditorQueries(AppDbContext db, TimeProvider clock)
{
    private static readonly StringComparer ByName = StringComparer.Create(PortalServices.Vietnamese, false);

    public async Task<EditorLoad> LoadAsync(int planId, UserScope user, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().WithEverything().SingleOrDefaultAsync(p => p.Id == planId, ct);
        return plan is null ? new EditorLoad(null, false) : new EditorLoad(plan, !PlanAuthoring.CanEdit(user, plan.Unit!.Path));
    }

    public async Task<EditorPageModel> PageAsync(Plan plan, CancellationToken ct)
    {
        var revisions = await db.PlanRevisions.AsNoTracking().Where(r => r.PlanId == plan.Id)
            .OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Take(20).ToListAsync(ct);
        var ids = plan.Items.Select(i => i.Id).ToList();
        var reported = await db.ReportTaskEntries.AsNoTracking().Where(e => ids.Contains(e.PlanItemId))
            .Select(e => e.PlanItemId).Distinct().ToListAsync(ct);
        return new EditorPageModel(
            plan,
            EditorPlan.Of(plan),
            [.. plan.Phases.OrderBy(p => p.Start).Select(p => new PhaseWindow(p.Name, p.Start, p.End))],
            revisions,
            reported.ToHashSet(),
            VietnamTime.Today(clock));
    }

    /// <summary>Bodies that may issue a plan: agencies of the units the user may author for, an ended one labelled so.</summary>
    public async Task<IReadOnlyList<EditorOption>> IssuersAsync(UserScope user, int? include, CancellationToken ct)
    {
        var units = db.Units.AuthorableUnits(user);
        var rows = await db.Agencies.AsNoTracking()
            .Where(a => (a.Kind != AgencyKind.Group && units.Any(u => u.Id == a.UnitId)) || a.Id == include)
            .Select(a => new { a.Id, a.Name, Term = new AgencyLifetime.Term(a.Name, a.ValidFrom, a.ValidTo, a.Successor!.ShortName ?? a.Successor.Name) })
            .ToListAsync(ct);
        var today = VietnamTime.Today(clock);
        return [.. rows.OrderBy(r => r.Name, ByName).Select(r => new EditorOption(r.Id, AgencyLifetime.Label(r.Name, r.Term, today)))];
    }

    /// <summary>Units a plan can be for: provinces and districts in the user's scope (and communes for a district office).</summary>
    public async Task<IReadOnlyList<EditorOption>> UnitsAsync(UserScope user, int? include, CancellationToken ct)
    {
        var communes = !user.IsAdmin && user.UnitPath is { } path && UnitPath.Depth(path) >= 2;
        var rows = await db.Units.AsNoTracking().AuthorableUnits(user)
            .Where(u => communes || u.Level != UnitLevel.Commune || u.Id == include)
            .Select(u => new { u.Id, u.Name, u.Level, u.Path, u.ValidTo })
            .ToListAsync(ct);
        if (include is { } id && rows.All(r => r.Id != id))
        {
            rows.AddRange(await db.Units.AsNoTracking().Where(u => u.Id == id)
                .Select(u => new { u.Id, u.Name, u.Level, u.Path, u.ValidTo }).ToListAsync(ct));
        }

        return [.. rows.OrderBy(r => r.Path, StringComparer.Ordinal).Select(r => new EditorOption(
            r.Id, r.Name + (r.ValidTo is { } to ? $" (đến {Display.Date(to)})" : ""), (int)r.Level - 1))];
    }

    /// <summary>The plan's unit, the units above it and those inside it: where its agencies sit.</summary>
    public async Task<IReadOnlyList<EditorOption>> AgencyUnitsAsync(Plan plan, CancellationToken ct)
    {
        var path = plan.Unit!.Path;
        var ancestors = UnitPath.Ids(path).ToList();
        var rows = await db.Units.AsNoTracking()
            .Where(u => u.Path.StartsWith(path) || ancestors.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.Level, u.Path, u.ValidTo })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Path, StringComparer.Ordinal).Select(r => new EditorOption(
            r.Id, r.Name + (r.ValidTo is { } to ? $" (đến {Display.Date(to)})" : ""), (int)r.Level - 1))];
    }

    /// <summary>Plans in the portal a plan can cite as its basis.</summary>
    public async Task<IReadOnlyList<EditorOption>> CitablePlansAsync(UserScope user, int excludeId, CancellationToken ct)
    {
        var rows = await db.Plans.AsNoTracking().ReadableBy(user).Where(p => p.Id != excludeId)
            .OrderByDescending(p => p.IssuedOn)
            .Select(p => new { p.Id, p.Number, p.Symbol, p.IssuedOn, p.Title })
            .ToListAsync(ct);
        return [.. rows.Select(p => new EditorOption(p.Id, $"{p.Number ?? "…"}/{p.Symbol} ngày {Display.Date(p.IssuedOn)} — {ChangeText.Shorten(p.Title, 90)}"))];
    }

    /// <summary>
    /// Agencies to choose from. Without a filter: those of the plan's own unit, the units above it
    /// and the units directly below it, those the plan already names, and the selected ones — the
    /// directory holds every commune's committee, far too many to scroll. With a filter: every
    /// agency whose name matches it, accents ignored, plus the selected ones. Only bodies that exist
    /// on the plan's issue date are offered unless <paramref name="includeEnded"/>; an ended body
    /// is labelled with its end and its successor.
    /// </summary>
    public async Task<(IReadOnlyList<EditorOption> Options, int Total)> AgenciesAsync(
        Plan plan, string? filter, IEnumerable<int> selected, bool includeEnded, CancellationToken ct)
    {
        var rows = await db.Agencies.AsNoTracking()
            .Select(a => new
            {
                a.Id, a.Name, a.ShortName, Unit = a.Unit!.Name, a.Unit.UnitType, a.Unit.Path, a.Unit.ParentId,
                Term = new AgencyLifetime.Term(a.ShortName ?? a.Name, a.ValidFrom, a.ValidTo, a.Successor!.ShortName ?? a.Successor.Name),
            })
            .ToListAsync(ct);
        var keep = selected.ToHashSet();
        keep.UnionWith(plan.Items.SelectMany(i => i.Assignments).Select(a => a.AgencyId));
        keep.UnionWith(plan.ReportingRules.SelectMany(r => new[] { r.FromAgencyId, r.ToAgencyId }));
        keep.Add(plan.IssuerId);
        var day = plan.IssuedOn;
        var today = VietnamTime.Today(clock);
        rows = [.. rows.Where(r => includeEnded || keep.Contains(r.Id) || r.Term.IsValidOn(day))];
        var planPath = plan.Unit!.Path;
        var folded = VietnameseText.Fold(filter ?? "");
        var options = rows
            .Where(r => keep.Contains(r.Id) || (folded.Length == 0
                ? UnitPath.IsWithin(planPath, r.Path) || r.ParentId == plan.UnitId
                : VietnameseText.Fold($"{r.Name} {r.ShortName} {r.Unit}").Contains(folded, StringComparison.Ordinal)))
            .Select(r =>
            {
                var place = r.Unit.StartsWith(r.UnitType + " ", StringComparison.Ordinal) ? r.Unit[(r.UnitType.Length + 1)..] : r.Unit;
                var label = r.Name.Contains(place, StringComparison.Ordinal) ? r.Name : $"{r.Name} ({r.Unit})";
                return new EditorOption(r.Id, AgencyLifetime.Label(label, r.Term, today), 0, VietnameseText.Fold($"{r.Name} {r.ShortName} {r.Unit}"));
            })
            .OrderBy(o => o.Label, ByName)
            .ToList();
        return (options, rows.Count);
    }

    public static string ItemLabel(PlanItem item) =>
        $"{item.Number} {ChangeText.Shorten(item.Title ?? item.Text ?? "", 100)}".Trim();

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
