using LearningSociety.Domain.Deadlines;

namespace LearningSociety.UnitTests.Deadlines;

public class DeadlineRuleDueDateTests
{
    private static readonly PhaseWindow[] NoPhases = [];

    private static readonly PhaseWindow[] CanDuocPhases =
    [
        new("Giai đoạn 1 (từ 2023 - 2025)", new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31)),
        new("Giai đoạn 2 (từ 2026 - 2030)", new DateOnly(2026, 1, 1), new DateOnly(2030, 12, 31)),
    ];

    [Fact]
    public void Fixed_date_is_due_on_that_date_whatever_the_report_year()
    {
        var rule = DeadlineRule.Fixed(new DateOnly(2024, 11, 20), "trước ngày 20/11/2024");

        Assert.Equal(new DateOnly(2024, 11, 20), rule.DueDateFor(2030, NoPhases));
    }

    [Theory]
    [InlineData(1, 3, 31)]
    [InlineData(2, 6, 30)]
    [InlineData(3, 9, 30)]
    [InlineData(4, 12, 31)]
    public void Quarter_is_due_on_its_last_day(int quarter, int month, int day)
    {
        var rule = DeadlineRule.InQuarter(2020, quarter, "trong quý năm 2020");

        Assert.Equal(new DateOnly(2020, month, day), rule.DueDateFor(2020, NoPhases));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void Annual_rule_is_due_on_its_day_in_each_report_year(int reportYear)
    {
        var rule = DeadlineRule.EveryYear(10, 12, "trước ngày 10/12 hằng năm");

        Assert.Equal(new DateOnly(reportYear, 12, 10), rule.DueDateFor(reportYear, NoPhases));
    }

    [Fact]
    public void Annual_rule_on_29_february_falls_back_to_28_in_common_years()
    {
        var rule = DeadlineRule.EveryYear(29, 2, "ngày 29/02 hằng năm");

        Assert.Equal(new DateOnly(2025, 2, 28), rule.DueDateFor(2025, NoPhases));
        Assert.Equal(new DateOnly(2024, 2, 29), rule.DueDateFor(2024, NoPhases));
    }

    [Fact]
    public void Phase_end_is_due_when_the_named_phase_ends()
    {
        PhaseWindow[] phases =
        [
            new("Giai đoạn 2023 - 2025", new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31)),
            new("Giai đoạn 2026 - 2030", new DateOnly(2026, 1, 1), new DateOnly(2030, 12, 31)),
        ];
        var rule = DeadlineRule.AtPhaseEnd("Giai đoạn 2026 - 2030", "tổng kết giai đoạn 2026 - 2030");

        Assert.Equal(new DateOnly(2030, 12, 31), rule.DueDateFor(2027, phases));
    }

    [Fact]
    public void Phase_name_matches_without_accents_case_or_dash_spacing()
    {
        PhaseWindow[] phases = [new("Giai đoạn 2023 - 2025", new DateOnly(2023, 1, 1), new DateOnly(2025, 6, 30))];
        var rule = DeadlineRule.AtPhaseEnd("GIAI DOAN 2023-2025", "so ket giai doan 2023-2025");

        Assert.Equal(new DateOnly(2025, 6, 30), rule.DueDateFor(2024, phases));
    }

    [Theory]
    [InlineData("Giai đoạn 2023 - 2025", 2025)]
    [InlineData("Giai đoạn 2023 - 2030", 2030)]
    [InlineData("Năm 2025", 2025)]
    public void Phase_named_differently_from_the_plan_resolves_by_its_end_year(string phaseName, int endYear)
    {
        var rule = DeadlineRule.AtPhaseEnd(phaseName, "sơ kết");

        Assert.Equal(new DateOnly(endYear, 12, 31), rule.DueDateFor(2024, CanDuocPhases));
    }

    [Fact]
    public void Unknown_phase_has_no_due_date()
    {
        var rule = DeadlineRule.AtPhaseEnd("Giai đoạn 2031 - 2035", "tổng kết giai đoạn 2031 - 2035");

        Assert.Null(rule.DueDateFor(2032, CanDuocPhases));
        Assert.Null(rule.DueDateFor(2032, NoPhases));
    }

    [Fact]
    public void Ongoing_rule_is_never_due()
    {
        Assert.Null(DeadlineRule.OngoingRule("thường xuyên").DueDateFor(2024, CanDuocPhases));
    }
}
