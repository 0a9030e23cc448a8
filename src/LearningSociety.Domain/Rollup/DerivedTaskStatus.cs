namespace LearningSociety.Domain.Rollup;

/// <summary>
/// The Government Office's task statuses. Values are contiguous from 0 because
/// <see cref="TaskStatusCounts"/> indexes an array with them.
/// </summary>
public enum DerivedTaskStatus
{
    CompletedOnTime,
    CompletedLate,
    InProgressWithinDeadline,
    InProgressOverdue,
    NotStarted,
}
