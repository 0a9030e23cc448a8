using LearningSociety.Domain.Deadlines;

namespace LearningSociety.Domain.Reporting;

/// <summary>Cut-off windows of Decree 09/2019/NĐ-CP; a plan's own deadline may fall earlier.</summary>
public static class PeriodCalendar
{
    public sealed record Window(string Name, DateOnly CutoffStart, DateOnly CutoffEnd, DateOnly Deadline);

    /// <summary>Annual: data from 15/12 of the year before to 14/12; deadline from the plan's rule, else the cut-off end.</summary>
    public static Window Annual(int year, DeadlineRule? rule, IReadOnlyList<PhaseWindow> phases)
    {
        var cutoffEnd = new DateOnly(year, 12, 14);
        var due = rule?.DueDateFor(year, phases);
        return new Window($"Năm {year}", new DateOnly(year - 1, 12, 15), cutoffEnd, due is { } d && d.Year == year ? d : cutoffEnd);
    }

    /// <summary>The year whose annual window contains the day: from 15/12 on, the next year's period has begun.</summary>
    public static int AnnualYearOn(DateOnly day) => day >= new DateOnly(day.Year, 12, 15) ? day.Year + 1 : day.Year;

    /// <summary>
    /// The first day a period is closed by itself (khóa sổ): late reports are still taken for the given
    /// number of days after the deadline, and the period is closed the day after.
    /// </summary>
    public static DateOnly ClosingDay(DateOnly deadline, int closeAfterDays) => deadline.AddDays(Math.Max(0, closeAfterDays) + 1);

    /// <summary>Quarterly: from the 15th of the month before the quarter to the 14th of its last month.</summary>
    public static Window Quarterly(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var firstMonth = new DateOnly(year, ((quarter - 1) * 3) + 1, 15);
        var end = new DateOnly(year, quarter * 3, 14);
        return new Window($"Quý {quarter} năm {year}", firstMonth.AddMonths(-1), end, end);
    }
}
