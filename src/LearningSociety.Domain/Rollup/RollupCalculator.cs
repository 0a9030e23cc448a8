using System.Runtime.InteropServices;

namespace LearningSociety.Domain.Rollup;

/// <summary>
/// Consolidates reports up a unit tree: completeness, timeliness, every target and task statuses.
/// </summary>
/// <remarks>
/// A node's own report (a district's own figures next to its communes') counts as one more
/// reporter of its subtree, on the same footing as each child: one expected report, its figures
/// added to the children's. That is why a report must carry the unit's own figures only.
/// Each node is visited once and its totals are the sum of its children's, so the work is
/// O(nodes × targets) and no recursion limits the depth of the tree.
/// </remarks>
public static class RollupCalculator
{
    private static readonly IReadOnlyDictionary<int, TaskStatusCounts> NoTasks = new Dictionary<int, TaskStatusCounts>();

    public static RollupResult Compute(RollupNode root, IReadOnlyList<TargetDefinition> targets, RollupOptions options)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(options);

        var order = PreOrder(root);
        var table = new RollupTable(targets, IndexTargets(targets), order.Count);
        var results = new Dictionary<RollupNode, RollupResult>(order.Count, ReferenceEqualityComparer.Instance);

        // Reverse pre-order visits every child before its parent.
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var node = order[i];
            var children = new RollupResult[node.Children.Count];
            for (var c = 0; c < children.Length; c++)
            {
                children[c] = results[node.Children[c]];
            }

            results[node] = ComputeNode(node, i, children, table, options);
        }

        return results[root];
    }

    private static RollupResult ComputeNode(
        RollupNode node, int row, RollupResult[] children, RollupTable table, RollupOptions options)
    {
        var report = node.ExpectedToReport && node.Report is { } r && r.Counts(options) ? r : null;
        var expected = node.ExpectedToReport ? 1 : 0;
        var received = report is null ? 0 : 1;
        var onTime = report is { IsOnTime: true } ? 1 : 0;

        var totals = table.Row(row);
        for (var t = 0; t < totals.Length; t++)
        {
            var target = table.Targets[t];
            if (target.ExpectsFrom(node))
            {
                TargetFigure? figure = null;
                report?.Targets.TryGetValue(target.TargetId, out figure);
                totals[t].AddReporter(target, report is not null, figure);
            }
        }

        foreach (var child in children)
        {
            expected += child.Expected;
            received += child.Received;
            onTime += child.OnTime;
            var childTotals = table.Row(child.Row);
            for (var t = 0; t < totals.Length; t++)
            {
                totals[t].Add(childTotals[t]);
            }
        }

        var tasks = TallyTasks(report, children, options.Today);
        return new RollupResult(node, table, row, (report is not null, expected, received, onTime), tasks, children);
    }

    private static IReadOnlyDictionary<int, TaskStatusCounts> TallyTasks(
        ReportFigures? report, RollupResult[] children, DateOnly today)
    {
        Dictionary<int, TaskStatusCounts>? tally = null;
        if (report is not null)
        {
            foreach (var (taskId, task) in report.Tasks)
            {
                CountsFor(ref tally, taskId).Add(TaskStatusRule.Derive(task, today));
            }
        }

        foreach (var child in children)
        {
            foreach (var (taskId, counts) in child.Tasks)
            {
                CountsFor(ref tally, taskId).Add(counts);
            }
        }

        return tally ?? NoTasks;
    }

    private static ref TaskStatusCounts CountsFor(ref Dictionary<int, TaskStatusCounts>? tally, int taskId) =>
        ref CollectionsMarshal.GetValueRefOrAddDefault(tally ??= [], taskId, out _);

    private static Dictionary<int, int> IndexTargets(IReadOnlyList<TargetDefinition> targets)
    {
        var index = new Dictionary<int, int>(targets.Count);
        for (var t = 0; t < targets.Count; t++)
        {
            ArgumentNullException.ThrowIfNull(targets[t], nameof(targets));
            if (!index.TryAdd(targets[t].TargetId, t))
            {
                throw new ArgumentException($"Target {targets[t].TargetId} is listed twice.", nameof(targets));
            }
        }

        return index;
    }

    /// <summary>The nodes in pre-order; a unit id seen twice (a shared or cyclic node) would be counted twice, so it throws.</summary>
    private static List<RollupNode> PreOrder(RollupNode root)
    {
        var order = new List<RollupNode>();
        var seen = new HashSet<int>();
        var stack = new Stack<RollupNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (!seen.Add(node.UnitId))
            {
                throw new ArgumentException($"Unit {node.UnitId} appears twice in the tree.", nameof(root));
            }

            order.Add(node);
            foreach (var child in node.Children)
            {
                stack.Push(child ?? throw new ArgumentException($"Unit {node.UnitId} has a null child.", nameof(root)));
            }
        }

        return order;
    }
}
