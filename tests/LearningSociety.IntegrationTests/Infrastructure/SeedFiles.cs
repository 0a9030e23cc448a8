using System.Text.Json.Nodes;

namespace LearningSociety.IntegrationTests.Infrastructure;

/// <summary>Counts read straight from seeds/plans/*.json, independently of the importer under test.</summary>
public sealed record SeedCounts(string Source, int Nodes, int Tasks, int Assignments, int Deadlines, int Targets, int ReportingRules, int LegalReferences)
{
    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static IReadOnlyList<SeedCounts> All() =>
        [.. Directory.GetFiles(Path.Combine(SeedsFolder, "plans"), "*.json").Order(StringComparer.Ordinal).Select(Read)];

    public static SeedCounts Read(string file)
    {
        var root = JsonNode.Parse(File.ReadAllText(file))!;
        var nodes = new List<JsonNode>();
        void Walk(JsonArray? items)
        {
            foreach (var n in items ?? [])
            {
                nodes.Add(n!);
                Walk(n!["children"] as JsonArray);
            }
        }

        Walk(root["sections"] as JsonArray);
        return new SeedCounts(
            (string)root["source"]!,
            nodes.Count,
            nodes.Count(n => (bool?)n["isTask"] == true),
            nodes.Sum(n => ((n["lead"] as JsonArray)?.Count ?? 0) + ((n["cooperating"] as JsonArray)?.Count ?? 0)),
            nodes.Count(n => n["deadline"] is JsonObject),
            (root["targets"] as JsonArray)?.Count ?? 0,
            (root["reporting"] as JsonArray)?.Count ?? 0,
            (root["legalBasis"] as JsonArray)?.Count ?? 0);
    }
}
