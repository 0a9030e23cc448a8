using LearningSociety.Domain.Rollup;

namespace LearningSociety.UnitTests.Rollup;

public class TaskStatusRuleTests
{
    private static readonly DateOnly Due = new(2024, 12, 10);
    private static readonly DateOnly DayAfter = new(2024, 12, 11);

    [Fact]
    public void Completed_on_the_due_day_is_on_time_and_the_day_after_is_late()
    {
        Assert.Equal(DerivedTaskStatus.CompletedOnTime, TaskStatusRule.Derive(TaskProgress.Completed, Due, Due, DayAfter));
        Assert.Equal(DerivedTaskStatus.CompletedLate, TaskStatusRule.Derive(TaskProgress.Completed, DayAfter, Due, DayAfter));
    }

    [Fact]
    public void In_progress_becomes_overdue_the_day_after_the_due_date()
    {
        Assert.Equal(DerivedTaskStatus.InProgressWithinDeadline, TaskStatusRule.Derive(TaskProgress.InProgress, null, Due, Due));
        Assert.Equal(DerivedTaskStatus.InProgressOverdue, TaskStatusRule.Derive(TaskProgress.InProgress, null, Due, DayAfter));
    }

    [Fact]
    public void Not_started_past_the_due_date_is_counted_overdue()
    {
        Assert.Equal(DerivedTaskStatus.NotStarted, TaskStatusRule.Derive(TaskProgress.NotStarted, null, Due, Due));
        Assert.Equal(DerivedTaskStatus.InProgressOverdue, TaskStatusRule.Derive(TaskProgress.NotStarted, null, Due, DayAfter));
    }

    [Fact]
    public void Ongoing_tasks_are_never_overdue()
    {
        var farFuture = new DateOnly(2099, 12, 31);

        Assert.Equal(DerivedTaskStatus.InProgressWithinDeadline, TaskStatusRule.Derive(TaskProgress.InProgress, null, null, farFuture));
        Assert.Equal(DerivedTaskStatus.NotStarted, TaskStatusRule.Derive(TaskProgress.NotStarted, null, null, farFuture));
        Assert.Equal(DerivedTaskStatus.CompletedOnTime, TaskStatusRule.Derive(TaskProgress.Completed, farFuture, null, farFuture));
    }

    [Fact]
    public void Completed_without_a_date_is_on_time_only_while_the_deadline_has_not_passed()
    {
        Assert.Equal(DerivedTaskStatus.CompletedOnTime, TaskStatusRule.Derive(TaskProgress.Completed, null, Due, Due));
        Assert.Equal(DerivedTaskStatus.CompletedLate, TaskStatusRule.Derive(TaskProgress.Completed, null, Due, DayAfter));
    }
}
