using LearningSociety.Domain.Reporting;

namespace LearningSociety.UnitTests.Reporting;

public sealed class ReminderScheduleTests
{
    private static readonly DateOnly Deadline = new(2024, 12, 10);

    [Theory]
    [InlineData("2024-12-03", ReminderKind.D7)]
    [InlineData("2024-12-07", ReminderKind.D3)]
    [InlineData("2024-12-09", ReminderKind.D1)]
    [InlineData("2024-12-11", ReminderKind.Overdue1)]
    public void A_reminder_falls_on_7_3_1_days_before_and_the_day_after(string today, ReminderKind expected) =>
        Assert.Equal(expected, ReminderSchedule.KindOn(Deadline, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2024-12-02")]
    [InlineData("2024-12-04")]
    [InlineData("2024-12-05")]
    [InlineData("2024-12-06")]
    [InlineData("2024-12-08")]
    [InlineData("2024-12-10")]
    [InlineData("2024-12-12")]
    [InlineData("2025-12-07")]
    public void Other_days_have_no_reminder_so_a_missed_day_is_not_caught_up(string today) =>
        Assert.Null(ReminderSchedule.KindOn(Deadline, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_day_is_the_Vietnam_day_17_00_UTC_is_already_tomorrow()
    {
        // 16:59 UTC on 06/12 is 23:59 on 06/12 in Vietnam: 4 days before, nothing.
        var before = ReminderSchedule.DueOn(new FixedClock(new DateTimeOffset(2024, 12, 6, 16, 59, 59, TimeSpan.Zero)));
        Assert.False(before.ContainsKey(Deadline));

        // 17:00 UTC on 06/12 is 00:00 on 07/12 in Vietnam: 3 days before.
        var after = ReminderSchedule.DueOn(new FixedClock(new DateTimeOffset(2024, 12, 6, 17, 0, 0, TimeSpan.Zero)));
        Assert.Equal(ReminderKind.D3, after[Deadline]);
    }

    [Fact]
    public void The_clock_offset_does_not_matter_only_the_instant()
    {
        var utc = ReminderSchedule.DueOn(new FixedClock(new DateTimeOffset(2024, 12, 8, 20, 0, 0, TimeSpan.Zero)));
        var paris = ReminderSchedule.DueOn(new FixedClock(new DateTimeOffset(2024, 12, 8, 21, 0, 0, TimeSpan.FromHours(1))));
        Assert.Equal(ReminderKind.D1, utc[Deadline]);
        Assert.Equal(utc, paris);
    }

    [Fact]
    public void A_day_names_four_deadlines_one_per_kind()
    {
        var due = ReminderSchedule.DueOn(new DateOnly(2024, 12, 7));
        Assert.Equal(
            new Dictionary<DateOnly, ReminderKind>
            {
                [new DateOnly(2024, 12, 14)] = ReminderKind.D7,
                [new DateOnly(2024, 12, 10)] = ReminderKind.D3,
                [new DateOnly(2024, 12, 8)] = ReminderKind.D1,
                [new DateOnly(2024, 12, 6)] = ReminderKind.Overdue1,
            },
            due);
    }

    [Fact]
    public void Keys_and_titles_read_as_agreed()
    {
        Assert.Equal("reminder:42:d3:u-1", ReminderSchedule.Key(42, ReminderKind.D3, "u-1"));
        Assert.Equal("reminder:42:overdue1:u-1", ReminderSchedule.Key(42, ReminderKind.Overdue1, "u-1"));
        Assert.Equal("Còn 3 ngày đến hạn nộp báo cáo Năm 2024 — Kế hoạch 770/KH-UBND", ReminderSchedule.Title(ReminderKind.D3, "Năm 2024", "770/KH-UBND"));
        Assert.Equal("Báo cáo Năm 2024 — Kế hoạch 770/KH-UBND đã quá hạn 1 ngày", ReminderSchedule.Title(ReminderKind.Overdue1, "Năm 2024", "770/KH-UBND"));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
