using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Rollup;
using LearningSociety.Infrastructure.Rollup;

namespace LearningSociety.Web.Features.Consolidated;

/// <summary>Maps a computed consolidation onto the JSON contract of <see cref="ConsolidatedApiModel"/>.</summary>
public static class ConsolidatedApiMapper
{
    public static ConsolidatedApiModel Map(Consolidation consolidation)
    {
        ArgumentNullException.ThrowIfNull(consolidation);
        var tree = consolidation.Tree ?? throw new ArgumentException("Nothing was computed.", nameof(consolidation));
        var root = consolidation.Result!;
        var period = tree.Period;
        var own = ConsolidatedModelBuilder.OwnOnly(tree, root, consolidation.Options);
        return new ConsolidatedApiModel(
            UnitOf(tree.Info[root.UnitId]),
            new ConsolidatedApiModel.PeriodRef(period.Id, period.Name, period.Year, period.Deadline, period.PlanId, period.Plan),
            consolidation.ApprovedOnly,
            root.Expected,
            root.Received,
            root.OnTime,
            Round(root.Completeness),
            Round(root.Timeliness),
            Targets(tree, root),
            own is null ? null : Child(tree, tree.Info[root.UnitId], own, ownReport: true),
            [.. root.Children.Where(c => c.Expected > 0).Select(c => Child(tree, tree.Info[c.UnitId], c, ownReport: false))],
            consolidation.View switch { HistoryView.Current => "current", HistoryView.Reported => "reported", null => null },
            [.. (consolidation.History?.Shared ?? []).Select(s => new ConsolidatedApiModel.SharedUnit(s.Name, s.Successors, s.Counted))]);
    }

    private static ConsolidatedApiModel.Child Child(RollupTree tree, RollupNodeInfo info, RollupResult result, bool ownReport) => new(
        UnitOf(info),
        info.IsAgency ? info.AgencyId : null,
        ownReport || !info.HasChildren ? info.ReportId : null,
        ownReport || !info.HasChildren ? info.Status?.ToString() : null,
        result.Expected,
        result.Received,
        result.OnTime,
        Round(result.Completeness),
        Round(result.Timeliness),
        Targets(tree, result));

    private static List<ConsolidatedApiModel.Target> Targets(RollupTree tree, RollupResult result) =>
        [.. tree.Targets.Select((t, i) => (Info: t, Figure: result.Targets[i]))
            .Where(x => x.Figure.Expected > 0)
            .Select(x => new ConsolidatedApiModel.Target(
                x.Info.Code,
                x.Info.Name,
                x.Info.Definition.Kind.ToString(),
                TargetKinds.Amount(x.Figure),
                x.Figure.Denominator,
                Round(x.Figure.Value),
                x.Figure.TargetValue,
                x.Figure.BelowTarget,
                x.Figure.Missing))];

    private static ConsolidatedApiModel.UnitRef UnitOf(RollupNodeInfo info) =>
        new(info.IsAgency || info.NodeId == RollupTree.NationalRootId ? null : info.UnitId, info.Name, info.Level?.ToString());

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;
}
