using LearningSociety.Domain.Deadlines;

namespace LearningSociety.UnitTests.Deadlines;

public class DeadlineRuleDescribeTests
{
    [Fact]
    public void Fixed_date_reads_as_before_the_day()
    {
        Assert.Equal("Trước ngày 20/11/2024", DeadlineRule.Fixed(new DateOnly(2024, 11, 20), "x").Describe());
        Assert.Equal("Trước ngày 05/01/2025", DeadlineRule.Fixed(new DateOnly(2025, 1, 5), "x").Describe());
    }

    [Fact]
    public void Quarter_reads_with_roman_numeral_and_its_due_date()
    {
        Assert.Equal("Trong quý II năm 2020 (hạn 30/06/2020)", DeadlineRule.InQuarter(2020, 2, "x").Describe());
        Assert.Equal("Trong quý IV năm 2020 (hạn 31/12/2020)", DeadlineRule.InQuarter(2020, 4, "x").Describe());
    }

    [Fact]
    public void Annual_reads_as_day_and_month_every_year()
    {
        Assert.Equal("Trước ngày 10/12 hằng năm", DeadlineRule.EveryYear(10, 12, "x").Describe());
        Assert.Equal("Trước ngày 05/01 hằng năm", DeadlineRule.EveryYear(5, 1, "x").Describe());
    }

    [Fact]
    public void Phase_end_and_ongoing_read_in_words()
    {
        Assert.Equal("Khi kết thúc Giai đoạn 2023 - 2025", DeadlineRule.AtPhaseEnd("Giai đoạn 2023 - 2025", "x").Describe());
        Assert.Equal("Thường xuyên", DeadlineRule.OngoingRule("x").Describe());
    }
}
