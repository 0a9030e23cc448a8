using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Reporting;

namespace LearningSociety.UnitTests.Reporting;

public sealed class PeriodCalendarTests
{
    [Fact]
    public void An_annual_period_cuts_off_on_14_12_and_keeps_the_plans_earlier_deadline()
    {
        var window = PeriodCalendar.Annual(2024, DeadlineRule.EveryYear(10, 12, "trước ngày 10/12 hằng năm"), []);
        Assert.Equal(new DateOnly(2023, 12, 15), window.CutoffStart);
        Assert.Equal(new DateOnly(2024, 12, 14), window.CutoffEnd);
        Assert.Equal(new DateOnly(2024, 12, 10), window.Deadline);
        Assert.Equal("Năm 2024", window.Name);
    }

    [Fact]
    public void A_fixed_date_deadline_and_no_deadline()
    {
        Assert.Equal(new DateOnly(2024, 11, 20), PeriodCalendar.Annual(2024, DeadlineRule.Fixed(new DateOnly(2024, 11, 20), "trước ngày 20/11/2024"), []).Deadline);
        Assert.Equal(new DateOnly(2024, 12, 14), PeriodCalendar.Annual(2024, null, []).Deadline);
    }

    [Theory]
    [InlineData(1, "2023-12-15", "2024-03-14")]
    [InlineData(4, "2024-09-15", "2024-12-14")]
    public void A_quarter_runs_from_the_15th_of_the_month_before_to_the_14th_of_its_last_month(int quarter, string start, string end)
    {
        var window = PeriodCalendar.Quarterly(2024, quarter);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), window.CutoffStart);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), window.CutoffEnd);
    }

    [Theory]
    [InlineData("2025-12-14", 2025)]
    [InlineData("2025-12-15", 2026)]
    [InlineData("2026-01-01", 2026)]
    [InlineData("2026-12-07", 2026)]
    [InlineData("2026-12-31", 2027)]
    public void The_annual_window_of_a_day_starts_on_15_December_of_the_year_before(string day, int year) =>
        Assert.Equal(year, PeriodCalendar.AnnualYearOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_period_is_closed_the_day_after_its_grace()
    {
        Assert.Equal(new DateOnly(2027, 1, 10), PeriodCalendar.ClosingDay(new DateOnly(2026, 12, 10), 30));
        Assert.Equal(new DateOnly(2026, 12, 11), PeriodCalendar.ClosingDay(new DateOnly(2026, 12, 10), 0));
        Assert.Equal(new DateOnly(2026, 12, 11), PeriodCalendar.ClosingDay(new DateOnly(2026, 12, 10), -5));
    }
}
