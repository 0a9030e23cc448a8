namespace LearningSociety.Infrastructure.UnitLists;

/// <summary>The changes an import makes in one province (new or old), with a few examples of each kind.</summary>
public sealed class ProvinceChanges
{
    public string Province { get; set; } = "";

    public Dictionary<UnitChangeKind, int> Counts { get; set; } = [];

    public Dictionary<UnitChangeKind, List<string>> Examples { get; set; } = [];

    public int Total => Counts.Values.Sum();
}
