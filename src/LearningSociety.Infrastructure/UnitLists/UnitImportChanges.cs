namespace LearningSociety.Infrastructure.UnitLists;

/// <summary>
/// Counts of what an import changed (or, rolled back, would change), in total and per province, with
/// at most <see cref="ExamplesPerKind"/> examples of each kind per province. Stored as JSON with the job.
/// </summary>
public sealed class UnitImportChanges
{
    public const int ExamplesPerKind = 3;

    public Dictionary<UnitChangeKind, int> Counts { get; set; } = [];

    public List<ProvinceChanges> Provinces { get; set; } = [];

    /// <summary>Agencies of ended units that were given the body that took over (not a change a person makes, so only counted).</summary>
    public int SuccessorsLinked { get; set; }

    public int this[UnitChangeKind kind] => Counts.GetValueOrDefault(kind);

    public bool IsEmpty => Counts.Values.All(c => c == 0) && SuccessorsLinked == 0;

    public void Record(UnitChangeKind kind, string province, string example)
    {
        Counts[kind] = this[kind] + 1;
        var changes = Provinces.Find(p => p.Province == province);
        if (changes is null)
        {
            changes = new ProvinceChanges { Province = province };
            Provinces.Add(changes);
        }

        changes.Counts[kind] = changes.Counts.GetValueOrDefault(kind) + 1;
        if (!changes.Examples.TryGetValue(kind, out var examples))
        {
            changes.Examples[kind] = examples = [];
        }

        if (examples.Count < ExamplesPerKind)
        {
            examples.Add(example);
        }
    }
}
