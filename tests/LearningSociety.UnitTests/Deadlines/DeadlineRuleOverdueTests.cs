using LearningSociety.Domain.Deadlines;

namespace LearningSociety.UnitTests.Deadlines;

public class DeadlineRuleOverdueTests
{
    private static readonly PhaseWindow[] NoPhases = [];

    [Fact]
    public void Due_day_itself_is_not_overdue_but_the_next_day_is()
    {
        var rule = DeadlineRule.Fixed(new DateOnly(2024, 11, 20), "trước ngày 20/11/2024");

        Assert.False(rule.IsOverdue(new DateOnly(2024, 11, 19), 2024, NoPhases));
        Assert.False(rule.IsOverdue(new DateOnly(2024, 11, 20), 2024, NoPhases));
        Assert.True(rule.IsOverdue(new DateOnly(2024, 11, 21), 2024, NoPhases));
    }

    [Fact]
    public void Quarter_becomes_overdue_the_day_after_it_ends()
    {
        var rule = DeadlineRule.InQuarter(2020, 2, "trong quý II năm 2020");

        Assert.False(rule.IsOverdue(new DateOnly(2020, 6, 30), 2020, NoPhases));
        Assert.True(rule.IsOverdue(new DateOnly(2020, 7, 1), 2020, NoPhases));
    }

    [Fact]
    public void Annual_rule_is_judged_against_the_report_year()
    {
        var rule = DeadlineRule.EveryYear(10, 12, "trước ngày 10/12 hằng năm");
        var today = new DateOnly(2025, 1, 5);

        Assert.True(rule.IsOverdue(today, 2024, NoPhases));
        Assert.False(rule.IsOverdue(today, 2025, NoPhases));
    }

    [Fact]
    public void Ongoing_rule_is_never_overdue_even_years_later()
    {
        var rule = DeadlineRule.OngoingRule("thường xuyên");

        Assert.False(rule.IsOverdue(new DateOnly(2020, 1, 1), 2020, NoPhases));
        Assert.False(rule.IsOverdue(new DateOnly(2099, 12, 31), 2020, NoPhases));
    }

    [Fact]
    public void Phase_end_with_unknown_phase_is_not_overdue()
    {
        var rule = DeadlineRule.AtPhaseEnd("Giai đoạn 2023 - 2025", "sơ kết giai đoạn 2023 - 2025");

        Assert.False(rule.IsOverdue(new DateOnly(2040, 1, 1), 2040, NoPhases));
    }

    [Fact]
    public void Phase_end_is_overdue_after_the_phase_closes()
    {
        PhaseWindow[] phases = [new("Giai đoạn 2023 - 2025", new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31))];
        var rule = DeadlineRule.AtPhaseEnd("Giai đoạn 2023 - 2025", "sơ kết giai đoạn 2023 - 2025");

        Assert.False(rule.IsOverdue(new DateOnly(2025, 12, 31), 2025, phases));
        Assert.True(rule.IsOverdue(new DateOnly(2026, 1, 1), 2026, phases));
    }
}
