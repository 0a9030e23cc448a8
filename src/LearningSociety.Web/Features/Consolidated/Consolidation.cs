using LearningSociety.Domain.Rollup;
using LearningSociety.Infrastructure.Rollup;

namespace LearningSociety.Web.Features.Consolidated;

/// <summary>
/// A computed consolidation: the scope it was resolved to and, when the scope is allowed and has a
/// period, the tree and its roll-up. Figures are computed from the reports, and kept only until the next
/// write (<see cref="Shared.FreshCache"/>), so a submission or an approval shows at once.
/// </summary>
public sealed record Consolidation(ResolvedScope Scope, RollupOptions Options, RollupTree? Tree, RollupResult? Result)
{
    public ScopeOutcome Outcome => Scope.Outcome;

    public bool ApprovedOnly => Options.ApprovedOnly;

    public DateOnly Today => Options.Today;

    /// <summary>Set when a pre-reform period is shown under today's units: the mapping's notes, or why it was refused.</summary>
    public HistoryTree? History { get; init; }

    /// <summary>The view in links: none for a period that is not historic.</summary>
    public HistoryView? View => Scope.Historic ? Scope.View : null;

    /// <summary>"periodId=2&amp;unitId=16&amp;approvedOnly=false", shared by the exports and the switches.</summary>
    public string QueryString(int? periodId = null, int? unitId = null, bool? approvedOnly = null) =>
        ConsolidationLinks.Query(periodId ?? Scope.Period?.Id, unitId ?? Scope.Unit?.Id, approvedOnly ?? ApprovedOnly, View);

    /// <summary>How a drill-down to <paramref name="unitId"/> is shown: today's units stay under today's units, old ones as filed.</summary>
    public HistoryView? ViewFor(int unitId) =>
        View is null ? null : History is { } h && h.CurrentNodes.Contains(unitId) ? HistoryView.Current : HistoryView.Reported;
}
