using LearningSociety.Domain.Rollup;
using LearningSociety.Infrastructure.Rollup;

namespace LearningSociety.Web.Features.Consolidated;

/// <summary>
/// A computed consolidation: the scope it was resolved to and, when the scope is allowed and has a
/// period, the tree and its roll-up. Figures are computed from the reports on every request, so a
/// submission or an approval shows at once.
/// </summary>
public sealed record Consolidation(ResolvedScope Scope, RollupOptions Options, RollupTree? Tree, RollupResult? Result)
{
    public ScopeOutcome Outcome => Scope.Outcome;

    public bool ApprovedOnly => Options.ApprovedOnly;

    public DateOnly Today => Options.Today;

    /// <summary>"periodId=2&amp;unitId=16&amp;approvedOnly=false", shared by the exports and the switches.</summary>
    public string QueryString(int? periodId = null, int? unitId = null, bool? approvedOnly = null) =>
        ConsolidationLinks.Query(periodId ?? Scope.Period?.Id, unitId ?? Scope.Unit?.Id, approvedOnly ?? ApprovedOnly);
}
