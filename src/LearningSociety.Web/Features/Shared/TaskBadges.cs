using LearningSociety.Domain.Rollup;

namespace LearningSociety.Web.Features.Shared;

/// <summary>One colour per derived task status on every page (site.css), always beside its name.</summary>
public static class TaskBadges
{
    public static string Class(DerivedTaskStatus status) => status switch
    {
        DerivedTaskStatus.CompletedOnTime => "badge-task-done-ontime",
        DerivedTaskStatus.CompletedLate => "badge-task-done-late",
        DerivedTaskStatus.InProgressWithinDeadline => "badge-task-inprogress",
        DerivedTaskStatus.InProgressOverdue => "badge-task-overdue",
        _ => "badge-task-notstarted",
    };
}
