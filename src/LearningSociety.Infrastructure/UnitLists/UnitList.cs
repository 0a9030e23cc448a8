namespace LearningSociety.Infrastructure.UnitLists;

/// <summary>
/// An official list of administrative units, read and checked but not yet stored: the three-tier list
/// in force before 1/7/2025 (level1s → level2s → level3s) or a two-tier list whose units name the old
/// units they absorbed (<see cref="IsMergeList"/>).
/// </summary>
public sealed record UnitList(string FileName, bool IsMergeList, IReadOnlyList<UnitListEntry> Provinces)
{
    /// <summary>Every entry, each before its children.</summary>
    public IEnumerable<UnitListEntry> All => Provinces.SelectMany(Walk);

    /// <summary>Entries and the old units they name: the steps of an import, for its progress bar.</summary>
    public int Steps => All.Sum(e => 1 + e.Merges.Count);

    private static IEnumerable<UnitListEntry> Walk(UnitListEntry entry) => entry.Children.SelectMany(Walk).Prepend(entry);
}
