using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Consolidated;

/// <summary>Loads the narratives of the reports a consolidation counts, in two queries whatever the number of reports.</summary>
public sealed class ConsolidatedNarrativeLoader(AppDbContext db)
{
    public async Task<ConsolidatedNarratives> LoadAsync(Consolidation consolidation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(consolidation);
        if (consolidation is not { Tree: { } tree, Result: { } root })
        {
            return ConsolidatedNarratives.Empty;
        }

        // Reporters in tree order; only reports the figures count (approved only, when asked).
        var reporters = tree.Info.Values
            .Where(i => i.ReportId is not null && tree.Nodes[i.NodeId].Report is { } r && r.Counts(consolidation.Options))
            .OrderBy(i => i.Path, StringComparer.Ordinal).ThenBy(i => i.IsAgency).ThenBy(i => i.NodeId)
            .ToList();
        var ids = reporters.Select(i => i.ReportId!.Value).ToList();
        var rows = await db.ReportNarratives.AsNoTracking()
            .Where(n => ids.Contains(n.ReportId) && n.Text != null && n.Text != "")
            .Join(db.Reports, n => n.ReportId, r => r.Id, (n, r) => new { n.ReportId, n.Number, n.Title, n.SortOrder, n.Text, r.ReportingRuleId })
            .ToListAsync(ct);

        var ownId = tree.Info.TryGetValue(root.UnitId, out var own) ? own.ReportId : null;
        var ruleId = rows.Where(r => r.ReportId == ownId).Select(r => r.ReportingRuleId).FirstOrDefault()
            ?? rows.Select(r => r.ReportingRuleId).FirstOrDefault(r => r is not null)
            ?? await db.ReportingRules.AsNoTracking().Where(r => r.PlanId == tree.Period.PlanId && r.Outline.Count > 0).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        var outline = await ReportFormBuilder.OutlineAsync(db, ruleId, ct);

        var byReport = rows.ToLookup(r => r.ReportId);
        var entries = reporters.SelectMany(i => byReport[i.ReportId!.Value].OrderBy(n => n.SortOrder).Select(n => new ConsolidatedNarratives.Entry(
            i.AgencyName ?? i.Name,
            i.IsAgency ? tree.Info.GetValueOrDefault(i.UnitId)?.Name ?? "" : i.Name,
            n.Number,
            n.Title,
            n.Text!,
            i.ReportId == ownId))).ToList();
        return new ConsolidatedNarratives([.. outline.Select(s => new ConsolidatedNarratives.Section(s.Number, s.Title))], entries);
    }
}
