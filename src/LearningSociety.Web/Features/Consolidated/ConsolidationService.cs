using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Rollup;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Rollup;
using LearningSociety.Web.Features.Reports;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Consolidated;

/// <summary>Resolves the scope, loads the tree from the reports the user may see and rolls it up.</summary>
public sealed class ConsolidationService(AppDbContext db, ConsolidationScope scopes, RollupTreeLoader loader, HistoryTreeLoader history, TimeProvider clock)
{
    public async Task<Consolidation> ComputeAsync(UserScope user, int? periodId, int? unitId, bool approvedOnly, CancellationToken ct, HistoryView? view = null)
    {
        var scope = await scopes.ResolveAsync(user, periodId, unitId, ct, view);
        var options = new RollupOptions { ApprovedOnly = approvedOnly, Today = VietnamTime.Today(clock) };
        if (scope is not { Outcome: ScopeOutcome.Ok, Period: { } period, Unit: { } unit })
        {
            return new Consolidation(scope, options, null, null);
        }

        if (scope.View == HistoryView.Current)
        {
            var mapped = await LoadCurrentAsync(user, period.Id, unit.Id, ct);
            return new Consolidation(scope, options, mapped?.Tree, mapped?.Tree?.Compute(options)) { History = mapped };
        }

        var tree = await LoadAsync(user, period.Id, unit.Id, ct);
        return new Consolidation(scope, options, tree, tree?.Compute(options));
    }

    /// <summary>A pre-reform period under today's unit <paramref name="unitId"/>, under the same access rule.</summary>
    public Task<HistoryTree?> LoadCurrentAsync(UserScope user, int periodId, int unitId, CancellationToken ct) =>
        history.LoadAsync(periodId, unitId, db.Reports.Visible(db, user), VietnamTime.Today(clock), ct);

    /// <summary>The same tree for another period (the trend over years), under the same access rule.</summary>
    public Task<RollupTree?> LoadAsync(UserScope user, int periodId, int unitId, CancellationToken ct) =>
        loader.LoadAsync(periodId, unitId, db.Reports.Visible(db, user), ct);
}
