namespace LearningSociety.Domain.Rollup;

/// <summary>
/// One task as a unit reports it. <paramref name="DueDate"/> is the task's due date for the
/// reporting period (from <c>DeadlineRule.DueDateFor</c>); null for ongoing tasks.
/// </summary>
public sealed record TaskReport(TaskProgress Progress, DateOnly? CompletedOn, DateOnly? DueDate);
