using LearningSociety.Domain.Rollup;

namespace LearningSociety.Infrastructure.Rollup;

/// <summary>
/// A pre-reform period shown under one of today's units: the tree (null when the succession data was
/// refused, with <see cref="Error"/> saying why), which of its nodes are today's units, and the old
/// units split between several successors that this page must mention.
/// </summary>
/// <param name="Shared">Split old units counted in this unit's total (<see cref="SharedHistory.CountedIn"/> inside it) or having it among their successors.</param>
public sealed record HistoryTree(RollupTree? Tree, IReadOnlySet<int> CurrentNodes, IReadOnlyList<HistoryTree.SharedRow> Shared, string? Error)
{
    /// <param name="Counted">Whether the page's total includes it.</param>
    public sealed record SharedRow(string Name, IReadOnlyList<string> Successors, bool Counted);
}
