namespace LearningSociety.Domain.Rollup;

/// <summary>
/// Every node's target totals in one flat array (a row of targets per node), shared by all results
/// of a roll-up. One large allocation instead of an object per node and target keeps a national
/// roll-up from spending its time in the garbage collector; the public objects are made on demand.
/// </summary>
internal sealed class RollupTable
{
    public RollupTable(IReadOnlyList<TargetDefinition> targets, IReadOnlyDictionary<int, int> index, int rows)
    {
        Targets = targets;
        Index = index;
        Totals = new TargetTotals[rows * targets.Count];
    }

    public IReadOnlyList<TargetDefinition> Targets { get; }

    /// <summary>Position of each target id in <see cref="Targets"/>.</summary>
    public IReadOnlyDictionary<int, int> Index { get; }

    public TargetTotals[] Totals { get; }

    public Span<TargetTotals> Row(int row) => Totals.AsSpan(row * Targets.Count, Targets.Count);
}
