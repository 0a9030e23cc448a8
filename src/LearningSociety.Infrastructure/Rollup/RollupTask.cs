namespace LearningSociety.Infrastructure.Rollup;

/// <summary>A task of the plan and its due date in the period's year (null for ongoing tasks).</summary>
public sealed record RollupTask(int Id, string Number, string? Title, DateOnly? Due, string? DeadlineText, int SortOrder);
