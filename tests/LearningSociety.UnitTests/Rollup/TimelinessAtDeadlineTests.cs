using LearningSociety.Domain.Rollup;
using LearningSociety.Domain.Units;
using static LearningSociety.UnitTests.Rollup.RollupBuilder;

namespace LearningSociety.UnitTests.Rollup;

/// <summary>The deadline is a day in Vietnam (UTC+7): 10/12/2024 ends at 16:59:59 UTC.</summary>
public class TimelinessAtDeadlineTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public void Last_minute_of_the_deadline_day_in_Vietnam_is_on_time()
    {
        Assert.True(SubmittedAt(new DateTimeOffset(2024, 12, 10, 23, 59, 0, Vietnam)).IsOnTime);
        Assert.True(SubmittedAt(new DateTimeOffset(2024, 12, 10, 16, 59, 59, TimeSpan.Zero)).IsOnTime);
    }

    [Fact]
    public void Midnight_after_the_deadline_day_in_Vietnam_is_late()
    {
        Assert.False(SubmittedAt(new DateTimeOffset(2024, 12, 11, 0, 0, 0, Vietnam)).IsOnTime);
        // Still 10/12 in UTC, but already 11/12 in Vietnam.
        Assert.False(SubmittedAt(new DateTimeOffset(2024, 12, 10, 17, 0, 0, TimeSpan.Zero)).IsOnTime);
    }

    [Fact]
    public void Instant_recorded_with_another_offset_is_judged_by_the_Vietnam_calendar()
    {
        // 12:30 on 10/12 at UTC-5 is 17:30 UTC, already 00:30 on 11/12 in Vietnam.
        Assert.False(SubmittedAt(new DateTimeOffset(2024, 12, 10, 12, 30, 0, TimeSpan.FromHours(-5))).IsOnTime);
        // 20:00 on 09/12 at UTC-5 is 08:00 on 10/12 in Vietnam.
        Assert.True(SubmittedAt(new DateTimeOffset(2024, 12, 9, 20, 0, 0, TimeSpan.FromHours(-5))).IsOnTime);
    }

    [Fact]
    public void Timeliness_is_on_time_reports_over_expected_reports()
    {
        var province = Unit(1, UnitLevel.Province, null,
            Commune(11, SubmittedAt(new DateTimeOffset(2024, 12, 10, 16, 59, 0, TimeSpan.Zero))),
            Commune(12, SubmittedAt(new DateTimeOffset(2024, 12, 10, 17, 0, 0, TimeSpan.Zero))),
            Commune(13, SubmittedAt(new DateTimeOffset(2024, 12, 1, 8, 0, 0, Vietnam))),
            Commune(14, null)) with { ExpectedToReport = false };

        var root = RollupCalculator.Compute(province, [], Options);

        // 4 expected, 3 received (12 late), 2 on time: completeness 75%, timeliness 50%.
        Assert.Equal((4, 3, 2), (root.Expected, root.Received, root.OnTime));
        Assert.Equal(75m, root.Completeness);
        Assert.Equal(50m, root.Timeliness);
    }

    [Fact]
    public void Submitted_report_without_a_submission_time_is_received_but_not_on_time()
    {
        var report = new ReportFigures { Status = ReportStatus.Submitted, Deadline = Deadline };

        var root = RollupCalculator.Compute(Commune(11, report), [], Options);

        Assert.Equal((1, 0), (root.Received, root.OnTime));
    }
}
