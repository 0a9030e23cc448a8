namespace LearningSociety.Domain.Rollup;

/// <summary>
/// One task as a unit reports it. <paramref name="DueDate"/> is the task's due date for the
/// reporting period (from <c>DeadlineRule.DueDateFor</c>); null for ongoing tasks.
/// </summary>
public sealed record TaskReport(TaskProgress Progress, DateOnly? CompletedOn, DateOnly? DueDate)
{
    /// <summary>The one mapping of what a report stores to what the roll-up derives a status from.</summary>
    public static TaskProgress From(Reporting.TaskProgress progress) => progress switch
    {
        Reporting.TaskProgress.NotStarted => TaskProgress.NotStarted,
        Reporting.TaskProgress.InProgress => TaskProgress.InProgress,
        Reporting.TaskProgress.Completed => TaskProgress.Completed,
    };
}
