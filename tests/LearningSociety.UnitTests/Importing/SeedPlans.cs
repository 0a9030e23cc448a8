using LearningSociety.Domain.Importing;
using LearningSociety.Infrastructure.Importing;
using LearningSociety.Infrastructure.Seeding;

namespace LearningSociety.UnitTests.Importing;

/// <summary>The five seed plans as the importer's yardstick: source text, hand-structured JSON, agency directory.</summary>
internal static class SeedPlans
{
    public static readonly string[] Ids = ["000", "001", "002", "003", "004"];

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string TextPath(string id) => System.IO.Directory.GetFiles(Folder, id + "_*.txt").Single();

    public static string Text(string id) => File.ReadAllText(TextPath(id));

    public static PlanSeed Structured(string id) => PlanSeedReader.Read(Path.Combine(Folder, "plans", id + ".json"));

    /// <summary>The directory an importer would be given for this plan: names and short names of the agencies it names.</summary>
    public static IReadOnlyList<AgencyDirectoryEntry> Directory(string id) => AgencyDirectory.FromSeeds(Structured(id).Agencies);

    public static (PlanSeed Draft, PlanImportResult Result) Import(string id, string? text = null)
    {
        var seed = Structured(id);
        var result = new PlanTextImporter(AgencyDirectory.FromSeeds(seed.Agencies)).Import(text ?? Text(id));
        return (PlanDraftMapper.ToSeed(result, seed.Source, seed.Agencies), result);
    }
}
