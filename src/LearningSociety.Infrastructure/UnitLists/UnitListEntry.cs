namespace LearningSociety.Infrastructure.UnitLists;

/// <summary>One unit of a list, with where it is in the file ("$.data[3].level2s[12]") for messages.</summary>
public sealed record UnitListEntry(string Path, string Code, string Name, string? Type, IReadOnlyList<UnitListEntry> Children, IReadOnlyList<UnitListMerge> Merges)
{
    /// <summary>How a message names the entry: "$.data[3].level2s[12] (Phường Ba Đình, mã 00004)".</summary>
    public string Where => $"{Path} ({Name}, mã {Code})";
}
