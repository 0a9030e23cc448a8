namespace LearningSociety.Domain.Rollup;

/// <summary>
/// A pre-reform period's reports arranged under today's units by <see cref="HistoryRemap"/>, ready for
/// <see cref="RollupCalculator"/>. Every old report is in the tree exactly once, so the total over
/// <see cref="Root"/> is the old total, and a province's total equals its old provinces' totals summed.
/// </summary>
public sealed class RemappedHistory(
    RollupNode root,
    IReadOnlyDictionary<int, RollupNode> nodes,
    IReadOnlySet<int> currentNodes,
    IReadOnlyList<SharedHistory> shared)
{
    /// <summary>Node id of the virtual root above today's top units.</summary>
    public const int AllUnitsId = 0;

    public RollupNode Root { get; } = root;

    /// <summary>Every node by id: today's units (their unit id), old units carried under them (the old unit id), agencies (minus the agency id).</summary>
    public IReadOnlyDictionary<int, RollupNode> Nodes { get; } = nodes;

    /// <summary>The node ids that are today's units; every other node is an old unit or an agency, shown as it reported.</summary>
    public IReadOnlySet<int> CurrentNodes { get; } = currentNodes;

    /// <summary>The old units split between several of today's units, each kept apart.</summary>
    public IReadOnlyList<SharedHistory> Shared { get; } = shared;
}
