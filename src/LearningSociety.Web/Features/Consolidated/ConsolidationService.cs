using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Rollup;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Rollup;
using LearningSociety.Web.Features.Reports;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Consolidated;

/// <summary>Resolves the scope, loads the tree from the reports the user may see and rolls it up.</summary>
public sealed class ConsolidationService(AppDbContext db, ConsolidationScope scopes, RollupTreeLoader loader, HistoryTreeLoader history, TimeProvider clock, FreshCache cache)
{
    /// <summary>
    /// Computed once per version of the data for everyone with the same access (<see cref="UserScope.AccessKey"/>):
    /// a save, submission, review or period change makes the next request compute it again.
    /// </summary>
    public Task<Consolidation> ComputeAsync(UserScope user, int? periodId, int? unitId, bool approvedOnly, CancellationToken ct, HistoryView? view = null) =>
        cache.GetOrCreateAsync(Key("consolidation", user, periodId, unitId, approvedOnly, view), () => ComputeUncachedAsync(user, periodId, unitId, approvedOnly, ct, view));

    private async Task<Consolidation> ComputeUncachedAsync(UserScope user, int? periodId, int? unitId, bool approvedOnly, CancellationToken ct, HistoryView? view)
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
        cache.GetOrCreateAsync(Key("history", user, periodId, unitId), () => LoadCurrentUncachedAsync(user, periodId, unitId, ct));

    private Task<HistoryTree?> LoadCurrentUncachedAsync(UserScope user, int periodId, int unitId, CancellationToken ct) =>
        history.LoadAsync(periodId, unitId, db.Reports.Visible(db, user), VietnamTime.Today(clock), ct);

    /// <summary>The same tree for another period (the trend over years), under the same access rule.</summary>
    public Task<RollupTree?> LoadAsync(UserScope user, int periodId, int unitId, CancellationToken ct) =>
        cache.GetOrCreateAsync(Key("tree", user, periodId, unitId), () => loader.LoadAsync(periodId, unitId, db.Reports.Visible(db, user), ct));

    /// <summary>What a cached roll-up depends on besides the data: the user's access, the arguments and today.</summary>
    public string Key(string what, UserScope user, params object?[] arguments) =>
        string.Join('|', [what, user.AccessKey, VietnamTime.Today(clock).DayNumber, .. arguments]);
}
