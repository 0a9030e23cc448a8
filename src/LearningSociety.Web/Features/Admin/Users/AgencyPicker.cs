using System.Globalization;
using LearningSociety.Domain.Text;
using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Admin.Users;

/// <summary>
/// The agency field of the user form: a text filter and a server-side list capped at <see cref="MaxOptions"/>,
/// because a select with every commune's People's Committee would be unusable.
/// </summary>
public sealed class AgencyPicker(AppDbContext db, TimeProvider clock)
{
    public const int MaxOptions = 50;
    private static readonly StringComparer Vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false);

    /// <summary>
    /// Agencies whose name, short name or unit matches <paramref name="query"/> (accents ignored); with no query,
    /// the agencies named in the plans. The selected agency is always offered, first.
    /// </summary>
    public async Task<AgencyChoices> FindAsync(string? query, int? selectedId, CancellationToken ct)
    {
        var rows = await db.Agencies.AsNoTracking()
            .Select(a => new
            {
                a.Id,
                a.Name,
                a.ShortName,
                Unit = a.Unit!.Name,
                a.Unit.ValidFrom,
                a.Unit.ValidTo,
                Term = new Shared.AgencyLifetime.Term(a.ShortName ?? a.Name, a.ValidFrom, a.ValidTo, a.Successor!.ShortName ?? a.Successor.Name),
                Named = db.TaskAssignments.Any(t => t.AgencyId == a.Id)
                    || db.ReportingRules.Any(r => r.FromAgencyId == a.Id || r.ToAgencyId == a.Id),
            })
            .ToListAsync(ct);

        var folded = VietnameseText.Fold(query ?? "");
        var matched = rows
            .Where(r => folded.Length == 0 ? r.Named : VietnameseText.Fold($"{r.Name} {r.ShortName} {r.Unit}").Contains(folded, StringComparison.Ordinal))
            .OrderBy(r => r.Name, Vietnamese).ThenBy(r => r.Unit, Vietnamese)
            .ToList();
        var today = Domain.Deadlines.VietnamTime.Today(clock);
        // An ended body stays findable (its accounts must be moved) but says so and names who took over.
        var shown = matched.Take(MaxOptions).Select(r => new AgencyOption(r.Id, Shared.AgencyLifetime.Label(Label(r.Name, r.Unit, r.ValidFrom, r.ValidTo), r.Term, today))).ToList();
        if (selectedId is { } id && shown.All(o => o.Id != id) && rows.FirstOrDefault(r => r.Id == id) is { } selected)
        {
            shown.Insert(0, new AgencyOption(selected.Id, Shared.AgencyLifetime.Label(Label(selected.Name, selected.Unit, selected.ValidFrom, selected.ValidTo), selected.Term, today)));
        }

        return new AgencyChoices(shown, matched.Count, folded.Length > 0);
    }

    /// <summary>
    /// The agency's name, with its unit when the name does not already say where it is, and the unit's dates
    /// when it belongs to only one of the lists (a commune of the same name can exist before and after 1/7/2025).
    /// </summary>
    public static string Label(string name, string unit, DateOnly validFrom, DateOnly? validTo)
    {
        var label = VietnameseText.Fold(name).Contains(VietnameseText.Fold(unit), StringComparison.Ordinal) ? name : $"{name} · {unit}";
        return (validFrom, validTo) switch
        {
            (_, { } to) => $"{label} (đến {Shared.Display.Date(to)})",
            _ when validFrom != DateOnly.MinValue => $"{label} (từ {Shared.Display.Date(validFrom)})",
            _ => label,
        };
    }
}
