namespace LearningSociety.Domain.Rollup;

/// <summary>What a unit says about one task in its report; the status shown is derived by <see cref="TaskStatusRule"/>.</summary>
public enum TaskProgress
{
    NotStarted,
    InProgress,
    Completed,
}
