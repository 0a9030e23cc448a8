using LearningSociety.Domain.Rollup;

namespace LearningSociety.Infrastructure.Rollup;

/// <summary>
/// One period's reports arranged on the unit tree, ready for <see cref="RollupCalculator"/>.
/// Computing is pure and cheap next to loading, so one tree serves both switches
/// (approved only / all submitted) of a page.
/// </summary>
public sealed class RollupTree(
    RollupPeriod period,
    RollupNode root,
    IReadOnlyList<RollupTarget> targets,
    IReadOnlyList<RollupTask> tasks,
    IReadOnlyDictionary<int, RollupNode> nodes,
    IReadOnlyDictionary<int, RollupNodeInfo> info)
{
    /// <summary>Node id of the virtual root above every province (a national roll-up).</summary>
    public const int NationalRootId = 0;

    public RollupPeriod Period { get; } = period;
    public RollupNode Root { get; } = root;
    public IReadOnlyList<RollupTarget> Targets { get; } = targets;
    public IReadOnlyList<RollupTask> Tasks { get; } = tasks;

    /// <summary>Every node by its id (unit id, or minus the agency id for an agency node).</summary>
    public IReadOnlyDictionary<int, RollupNode> Nodes { get; } = nodes;

    public IReadOnlyDictionary<int, RollupNodeInfo> Info { get; } = info;

    public RollupResult Compute(RollupOptions options) =>
        RollupCalculator.Compute(Root, [.. Targets.Select(t => t.Definition)], options);
}
