namespace LearningSociety.Infrastructure.Reporting;

/// <summary>Configuration section "Periods": when periods open and close by themselves.</summary>
public sealed class PeriodCalendarOptions
{
    public const string Section = "Periods";

    /// <summary>The name the calendar's audit lines carry.</summary>
    public const string SystemUser = "Hệ thống";

    /// <summary>
    /// Days after the deadline during which late reports are still taken (flagged late); the period is
    /// closed the day after. 30 by default: a month for stragglers, closed before the next January ends.
    /// </summary>
    public int CloseAfterDays { get; set; } = 30;

    /// <summary>Whether the background service runs the calendar (tests turn it off and call the runner).</summary>
    public bool CalendarEnabled { get; set; } = true;

    /// <summary>Minutes between two runs of the calendar (it also runs once at start-up).</summary>
    public int CalendarIntervalMinutes { get; set; } = 60;
}
