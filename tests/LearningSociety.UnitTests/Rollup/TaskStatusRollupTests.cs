using LearningSociety.Domain.Rollup;
using LearningSociety.Domain.Units;
using static LearningSociety.UnitTests.Rollup.RollupBuilder;

namespace LearningSociety.UnitTests.Rollup;

public class TaskStatusRollupTests
{
    private const int TaskId = 7;

    private static ReportFigures WithTask(ReportStatus status, TaskProgress progress, DateOnly? completedOn) =>
        Report(status) with
        {
            Tasks = new Dictionary<int, TaskReport> { [TaskId] = new(progress, completedOn, Deadline) },
        };

    [Fact]
    public void Task_statuses_are_tallied_over_received_reports_as_of_today()
    {
        // Today is 15/12/2024, the task was due 10/12/2024.
        var district = Unit(1, UnitLevel.District, WithTask(ReportStatus.Approved, TaskProgress.Completed, new DateOnly(2024, 12, 12)),
            Commune(11, WithTask(ReportStatus.Submitted, TaskProgress.Completed, new DateOnly(2024, 12, 1))),
            Commune(12, WithTask(ReportStatus.Submitted, TaskProgress.InProgress, null)),
            Commune(13, WithTask(ReportStatus.Draft, TaskProgress.Completed, new DateOnly(2024, 12, 1))));

        var counts = RollupCalculator.Compute(district, [], Options).Tasks[TaskId];

        // The draft of commune 13 is not received, so its task is not counted.
        Assert.Equal(3, counts.Total);
        Assert.Equal(1, counts[DerivedTaskStatus.CompletedOnTime]);
        Assert.Equal(1, counts[DerivedTaskStatus.CompletedLate]);
        Assert.Equal(1, counts[DerivedTaskStatus.InProgressOverdue]);
        Assert.Equal(0, counts[DerivedTaskStatus.NotStarted]);
    }

    [Fact]
    public void A_unit_without_tasks_has_an_empty_tally()
    {
        var result = RollupCalculator.Compute(Commune(11, Report()), [], Options);

        Assert.Empty(result.Tasks);
    }
}
