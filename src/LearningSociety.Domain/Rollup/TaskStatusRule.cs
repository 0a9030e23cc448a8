namespace LearningSociety.Domain.Rollup;

/// <summary>Derives the Government Office status of a task from what a unit reported and the calendar.</summary>
public static class TaskStatusRule
{
    /// <summary>
    /// The due day itself is still on time. Ongoing tasks (no <paramref name="dueDate"/>) are never
    /// overdue. Decisions:
    /// <list type="bullet">
    /// <item>A task not started once its due date has passed is <see cref="DerivedTaskStatus.InProgressOverdue"/>:
    /// the Government Office's overdue bucket is "not finished and past its deadline", and an
    /// unstarted task must not drop out of the overdue count.</item>
    /// <item>A completed task without a completion date is on time only while today is within the
    /// deadline (it was certainly finished by today); after that it is counted late, because
    /// on-time completion cannot be shown.</item>
    /// </list>
    /// </summary>
    public static DerivedTaskStatus Derive(TaskProgress progress, DateOnly? completedOn, DateOnly? dueDate, DateOnly today)
    {
        var lateBy = (DateOnly day) => dueDate is { } due && day > due;
        return progress switch
        {
            TaskProgress.Completed => lateBy(completedOn ?? today)
                ? DerivedTaskStatus.CompletedLate
                : DerivedTaskStatus.CompletedOnTime,
            TaskProgress.InProgress => lateBy(today)
                ? DerivedTaskStatus.InProgressOverdue
                : DerivedTaskStatus.InProgressWithinDeadline,
            _ => lateBy(today) ? DerivedTaskStatus.InProgressOverdue : DerivedTaskStatus.NotStarted,
        };
    }

    public static DerivedTaskStatus Derive(TaskReport task, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(task);
        return Derive(task.Progress, task.CompletedOn, task.DueDate, today);
    }
}
