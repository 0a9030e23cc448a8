using LearningSociety.Domain.Plans;

namespace LearningSociety.Domain.Rollup;

/// <summary>
/// The roll-up of one node's subtree, the node's own report included. Completeness and
/// timeliness are in percent (0–100), unrounded, and null when nothing was expected.
/// </summary>
public sealed class RollupResult
{
    private readonly RollupTable table;
    private AggregatedTarget[]? targets;

    internal RollupResult(
        RollupNode node,
        RollupTable table,
        int row,
        (bool OwnCounted, int Expected, int Received, int OnTime) counts,
        IReadOnlyDictionary<int, TaskStatusCounts> tasks,
        IReadOnlyList<RollupResult> children)
    {
        UnitId = node.UnitId;
        Name = node.Name;
        ExpectedToReport = node.ExpectedToReport;
        OwnStatus = node.Report?.Status;
        (OwnReportCounted, Expected, Received, OnTime) = counts;
        this.table = table;
        Row = row;
        Tasks = tasks;
        Children = children;
    }

    public int UnitId { get; }
    public string Name { get; }
    public bool ExpectedToReport { get; }

    /// <summary>The status of the node's own report, whether or not it counts; null when there is none.</summary>
    public ReportStatus? OwnStatus { get; }

    /// <summary>Whether the node's own report is among <see cref="Received"/>.</summary>
    public bool OwnReportCounted { get; }

    /// <summary>Units in the subtree that had to report.</summary>
    public int Expected { get; }

    /// <summary>Expected units whose report counts under the options (submitted or approved).</summary>
    public int Received { get; }

    /// <summary>Reporters of the subtree that are "chưa nộp": exactly <see cref="NotReceived"/>, counted.</summary>
    public int Missing => Expected - Received;

    /// <summary>
    /// "Chưa nộp" for this node alone: it had to report and its own report is not among
    /// <see cref="Received"/> (not in yet, or not approved when only approved reports count).
    /// </summary>
    public bool OwnReportMissing => ExpectedToReport && !OwnReportCounted;

    /// <summary>Received reports submitted by the end of their deadline day in Vietnam.</summary>
    public int OnTime { get; }

    public decimal? Completeness => Percent(Received, Expected);
    public decimal? Timeliness => Percent(OnTime, Expected);

    /// <summary>One entry per target definition, in the order given; built on first use.</summary>
    public IReadOnlyList<AggregatedTarget> Targets => targets ??= BuildTargets();

    /// <summary>Task statuses by task id, over the received reports of the subtree.</summary>
    public IReadOnlyDictionary<int, TaskStatusCounts> Tasks { get; }

    public IReadOnlyList<RollupResult> Children { get; }

    /// <summary>This node's row in the shared table of totals.</summary>
    internal int Row { get; }

    public AggregatedTarget Target(int targetId) => Targets[table.Index[targetId]];

    /// <summary>
    /// The one definition of "đơn vị chưa nộp" that every page, card and file uses: the nodes of
    /// the subtree, this one first, whose <see cref="OwnReportMissing"/> holds, in pre-order.
    /// There are always <see cref="Missing"/> of them, so a list and a count cannot disagree.
    /// </summary>
    public IReadOnlyList<RollupResult> NotReceived()
    {
        var list = new List<RollupResult>(Missing);
        var stack = new Stack<RollupResult>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.OwnReportMissing)
            {
                list.Add(node);
            }

            for (var c = node.Children.Count - 1; c >= 0; c--)
            {
                stack.Push(node.Children[c]);
            }
        }

        return list;
    }

    private AggregatedTarget[] BuildTargets()
    {
        var row = table.Row(Row);
        var built = new AggregatedTarget[row.Length];
        for (var t = 0; t < built.Length; t++)
        {
            built[t] = new AggregatedTarget(table.Targets[t], row[t], ChildrenBelow(t));
        }

        return built;
    }

    private List<int> ChildrenBelow(int t)
    {
        var target = table.Targets[t];
        var below = new List<int>();
        if (!TargetKinds.IsJudged(target.Kind))
        {
            return below;
        }

        foreach (var child in Children)
        {
            if (table.Row(child.Row)[t].IsBelow(target) == true)
            {
                below.Add(child.UnitId);
            }
        }

        return below;
    }

    private static decimal? Percent(int part, int whole) => whole == 0 ? null : part * 100m / whole;
}
