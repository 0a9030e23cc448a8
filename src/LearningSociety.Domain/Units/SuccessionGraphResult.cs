namespace LearningSociety.Domain.Units;

/// <summary>A checked succession graph, or the Vietnamese message saying why the data was refused.</summary>
public sealed record SuccessionGraphResult(SuccessionGraph? Graph, string? Error);
