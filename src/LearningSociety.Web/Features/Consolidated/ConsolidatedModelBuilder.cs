using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Rollup;
using LearningSociety.Infrastructure.Rollup;

namespace LearningSociety.Web.Features.Consolidated;

/// <summary>Turns a computed consolidation into the rows the page prints; no database access.</summary>
public static class ConsolidatedModelBuilder
{
    public static ConsolidatedModel Build(Consolidation consolidation)
    {
        ArgumentNullException.ThrowIfNull(consolidation);
        if (consolidation is not { Tree: { } tree, Result: { } root })
        {
            return new ConsolidatedModel(consolidation, consolidation.Tree?.Period, null, null, [], [], []);
        }

        var links = new Linker(consolidation, tree);
        var rootInfo = tree.Info[root.UnitId];
        var total = new ConsolidatedModel.Row("Tổng cộng", null, false, false, root.Expected, root.Received, root.OnTime,
            root.Completeness, root.Timeliness, null, false, false, null);
        var ownResult = OwnOnly(tree, root, consolidation.Options);
        var own = ownResult is null ? null : ReportRow(links, rootInfo, ownResult, $"Báo cáo riêng của {rootInfo.AgencyName}", ownRow: true);
        var children = root.Children.Where(c => c.Expected > 0)
            .Select(c => ReportRow(links, tree.Info[c.UnitId], c, c.Name, ownRow: false)).ToList();

        var targets = new List<ConsolidatedModel.TargetBlock>();
        for (var t = 0; t < tree.Targets.Count; t++)
        {
            var info = tree.Targets[t];
            var figure = root.Targets[t];
            if (figure.Expected == 0)
            {
                continue; // nobody in this subtree answers it (e.g. a district target on a commune's page)
            }

            var below = figure.ChildrenBelowTarget.ToHashSet();
            var cells = root.Children.Where(c => c.Targets[t].Expected > 0)
                .Select(c => Cell(c.Name, links.For(tree.Info[c.UnitId]), c.Targets[t], info, below.Contains(c.UnitId), single: c.Children.Count == 0))
                .ToList();
            var ownCell = ownResult is not null && ownResult.Targets[t].Expected > 0
                ? Cell("Báo cáo riêng", links.For(rootInfo, own: true), ownResult.Targets[t], info, ownResult.Targets[t].BelowTarget == true, single: true)
                : null;
            targets.Add(new ConsolidatedModel.TargetBlock(info.Code, info.Name, Shared.Display.TargetKind(info.Definition.Kind),
                FigureText.Of(figure, info), TargetKinds.IsJudged(info.Definition.Kind) ? figure.BelowTarget : null,
                figure.Expected, figure.Received, figure.BelowCount, Unanswered(figure), ownCell, cells));
        }

        var tasks = tree.Tasks
            .Where(task => root.Tasks.TryGetValue(task.Id, out var c) && c.Total > 0)
            .Select(task => new ConsolidatedModel.TaskRow(task.Number, task.Title, task.Due, task.DeadlineText, Counts(root.Tasks[task.Id])))
            .ToList();
        return new ConsolidatedModel(consolidation, tree.Period, total, own, children, targets, tasks);
    }

    /// <summary>The root's own report rolled up alone, so its figures read like any child's.</summary>
    public static RollupResult? OwnOnly(RollupTree tree, RollupResult root, RollupOptions options)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(root);
        var node = tree.Nodes[root.UnitId];
        return node.ExpectedToReport ? RollupCalculator.Compute(node with { Children = [] }, [.. tree.Targets.Select(t => t.Definition)], options) : null;
    }

    public static IReadOnlyList<int> Counts(TaskStatusCounts counts) =>
        [.. Enum.GetValues<DerivedTaskStatus>().Select(s => counts[s])];

    private static ConsolidatedModel.Row ReportRow(Linker links, RollupNodeInfo info, RollupResult result, string name, bool ownRow) =>
        new(name, links.For(info, ownRow), info.IsAgency, ownRow || !info.HasChildren,
            result.Expected, result.Received, result.OnTime, result.Completeness, result.Timeliness,
            info.Status, result.OwnReportCounted, info.IsLate, info.LastSavedAt);

    /// <summary>A count has no per-unit share to judge, and a year without a target value has no bar: neither is judged.</summary>
    private static ConsolidatedModel.TargetCell Cell(string name, string? href, AggregatedTarget figure, RollupTarget info, bool below, bool single)
    {
        bool? verdict = figure.Received == 0 || !TargetKinds.IsJudged(figure.Kind) || figure.BelowTarget is null ? null : below;
        return new(name, href, FigureText.Of(figure, info, single), verdict, Unanswered(figure), figure.Value);
    }

    /// <summary>Only the reporters that had to answer the target decide whether it is unreported or left blank (ADR 0008).</summary>
    private static string? Unanswered(AggregatedTarget figure) => figure.Received == 0 ? FigureText.Unanswered(figure) : null;

    /// <summary>Where a row's numbers lead: a unit with units below → its consolidation; a leaf or an agency → its report.</summary>
    private sealed class Linker(Consolidation consolidation, RollupTree tree)
    {
        public string? For(RollupNodeInfo info, bool own = false)
        {
            if (!own && info.HasChildren && !info.IsAgency && info.NodeId != tree.Root.UnitId)
            {
                return ConsolidationLinks.Page(tree.Period.Id, info.UnitId, consolidation.ApprovedOnly, consolidation.ViewFor(info.UnitId));
            }

            return info.ReportId is { } id ? ConsolidationLinks.Report(id) : null;
        }
    }
}
