using LearningSociety.Domain.Deadlines;

namespace LearningSociety.UnitTests.Deadlines;

public class DeadlineRuleFactoryTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    public void Quarter_outside_one_to_four_throws(int quarter)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineRule.InQuarter(2020, quarter, "quý"));
    }

    [Theory]
    [InlineData(0, 12)]
    [InlineData(32, 12)]
    [InlineData(31, 4)]
    [InlineData(30, 2)]
    [InlineData(10, 0)]
    [InlineData(10, 13)]
    public void Annual_rule_with_impossible_day_or_month_throws(int day, int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineRule.EveryYear(day, month, "hằng năm"));
    }

    [Fact]
    public void Phase_end_needs_a_phase_name()
    {
        Assert.ThrowsAny<ArgumentException>(() => DeadlineRule.AtPhaseEnd(" ", "sơ kết"));
    }

    [Fact]
    public void Factories_fill_only_the_fields_of_their_kind()
    {
        var quarter = DeadlineRule.InQuarter(2020, 2, "trong quý II năm 2020");

        Assert.Equal(DeadlineKind.Quarter, quarter.Kind);
        Assert.Equal(2020, quarter.Year);
        Assert.Equal(2, quarter.Quarter);
        Assert.Null(quarter.Date);
        Assert.Null(quarter.Day);
        Assert.Null(quarter.Month);
        Assert.Null(quarter.PhaseName);
        Assert.Equal("trong quý II năm 2020", quarter.Text);
    }

    [Fact]
    public void Rules_with_the_same_fields_are_equal()
    {
        Assert.Equal(
            DeadlineRule.EveryYear(10, 12, "trước ngày 10/12 hằng năm"),
            DeadlineRule.EveryYear(10, 12, "trước ngày 10/12 hằng năm"));
    }
}
