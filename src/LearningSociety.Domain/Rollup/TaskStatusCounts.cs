namespace LearningSociety.Domain.Rollup;

/// <summary>
/// How many reporters of a subtree are in each <see cref="DerivedTaskStatus"/> for one task.
/// A struct so that a national roll-up does not allocate one object per node and task.
/// </summary>
public struct TaskStatusCounts : IEquatable<TaskStatusCounts>
{
    private int completedOnTime;
    private int completedLate;
    private int inProgressWithinDeadline;
    private int inProgressOverdue;
    private int notStarted;

    public readonly int this[DerivedTaskStatus status] => status switch
    {
        DerivedTaskStatus.CompletedOnTime => completedOnTime,
        DerivedTaskStatus.CompletedLate => completedLate,
        DerivedTaskStatus.InProgressWithinDeadline => inProgressWithinDeadline,
        DerivedTaskStatus.InProgressOverdue => inProgressOverdue,
        _ => notStarted,
    };

    public readonly int Total => completedOnTime + completedLate + inProgressWithinDeadline + inProgressOverdue + notStarted;

    public static bool operator ==(TaskStatusCounts left, TaskStatusCounts right) => left.Equals(right);

    public static bool operator !=(TaskStatusCounts left, TaskStatusCounts right) => !left.Equals(right);

    public readonly bool Equals(TaskStatusCounts other) =>
        completedOnTime == other.completedOnTime && completedLate == other.completedLate
        && inProgressWithinDeadline == other.inProgressWithinDeadline
        && inProgressOverdue == other.inProgressOverdue && notStarted == other.notStarted;

    public override readonly bool Equals(object? obj) => obj is TaskStatusCounts other && Equals(other);

    public override readonly int GetHashCode() =>
        HashCode.Combine(completedOnTime, completedLate, inProgressWithinDeadline, inProgressOverdue, notStarted);

    internal void Add(DerivedTaskStatus status)
    {
        switch (status)
        {
            case DerivedTaskStatus.CompletedOnTime: completedOnTime++; break;
            case DerivedTaskStatus.CompletedLate: completedLate++; break;
            case DerivedTaskStatus.InProgressWithinDeadline: inProgressWithinDeadline++; break;
            case DerivedTaskStatus.InProgressOverdue: inProgressOverdue++; break;
            default: notStarted++; break;
        }
    }

    internal void Add(in TaskStatusCounts other)
    {
        completedOnTime += other.completedOnTime;
        completedLate += other.completedLate;
        inProgressWithinDeadline += other.inProgressWithinDeadline;
        inProgressOverdue += other.inProgressOverdue;
        notStarted += other.notStarted;
    }
}
