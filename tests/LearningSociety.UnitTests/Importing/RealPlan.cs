using System.Text.Json;
using System.Text.Json.Serialization;

namespace LearningSociety.UnitTests.Importing;

/// <summary>One document of the corpus of real plans: its text and the facts written by hand from it.</summary>
internal sealed record RealPlan(string Id, string Text, RealPlanFacts Facts)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "ImportCorpus");

    public static IReadOnlyList<RealPlan> Load(string half) =>
        [.. Directory.GetFiles(Path.Combine(Folder, half), "*.json").Order(StringComparer.Ordinal).Select(json => new RealPlan(
            Path.GetFileNameWithoutExtension(json),
            File.ReadAllText(Path.ChangeExtension(json, ".txt")),
            JsonSerializer.Deserialize<RealPlanFacts>(File.ReadAllText(json), Options)!))];

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}

internal sealed record RealPlanFacts(
    string Source,
    string? Number,
    string? Symbol,
    string IssuedOn,
    string? Place,
    string Issuer,
    string? Unit,
    string? Level,
    int? PeriodStart,
    int? PeriodEnd,
    string? Title,
    List<string> Legal,
    List<RealPlanTask> Tasks,
    List<RealPlanTarget> Targets);

internal sealed record RealPlanTask(string Text, List<string>? Lead);

internal sealed record RealPlanTarget([property: JsonPropertyName("value")] decimal Value, [property: JsonPropertyName("year")] int Year);
