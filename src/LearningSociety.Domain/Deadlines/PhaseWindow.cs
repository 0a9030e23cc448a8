namespace LearningSociety.Domain.Deadlines;

/// <summary>A phase of a plan as far as deadlines care: its name and the days it covers.</summary>
public sealed record PhaseWindow(string Name, DateOnly Start, DateOnly End);
