namespace LearningSociety.Domain.Reporting;

public enum TaskProgress
{
    NotStarted,
    InProgress,
    Completed,
}
