using LearningSociety.Domain.Deadlines;

namespace LearningSociety.UnitTests.Deadlines;

public class DeadlineParserTests
{
    private static readonly PhaseWindow[] NoPhases = [];

    [Theory]
    [InlineData("hoàn thành trong quý II năm 2020", 2020, 2, "2020-06-30")]
    [InlineData("trong quý II năm 2020", 2020, 2, "2020-06-30")]
    [InlineData("quý IV năm 2020", 2020, 4, "2020-12-31")]
    [InlineData("quý IV/2020", 2020, 4, "2020-12-31")]
    [InlineData("quý 3 năm 2021", 2021, 3, "2021-09-30")]
    [InlineData("Quý I năm 2022", 2022, 1, "2022-03-31")]
    public void Quarter_wording_is_due_on_the_last_day_of_the_quarter(string text, int year, int quarter, string due)
    {
        var rule = DeadlineParser.Parse(text);

        Assert.NotNull(rule);
        Assert.Equal(DeadlineKind.Quarter, rule.Kind);
        Assert.Equal(year, rule.Year);
        Assert.Equal(quarter, rule.Quarter);
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), rule.DueDateFor(year, NoPhases));
    }

    [Theory]
    [InlineData("trước ngày 20/11/2024", 2024, 11, 20)]
    [InlineData("trước ngày 20 tháng 11 năm 2024", 2024, 11, 20)]
    [InlineData("chậm nhất ngày 15/12/2023", 2023, 12, 15)]
    [InlineData("chậm nhất là ngày 15/12/2023", 2023, 12, 15)]
    [InlineData("ngày 05/01/2025", 2025, 1, 5)]
    [InlineData("Gửi báo cáo về Sở trước ngày 5/6/2024.", 2024, 6, 5)]
    public void Dated_wording_is_a_fixed_date(string text, int year, int month, int day)
    {
        var rule = DeadlineParser.Parse(text);

        Assert.NotNull(rule);
        Assert.Equal(DeadlineKind.FixedDate, rule.Kind);
        Assert.Equal(new DateOnly(year, month, day), rule.Date);
    }

    [Theory]
    [InlineData("trước ngày 10/12 hằng năm")]
    [InlineData("trước ngày 10/12 hàng năm")]
    [InlineData("trước ngày 10 tháng 12 hàng năm")]
    [InlineData("Hằng năm, gửi báo cáo trước ngày 10/12")]
    public void Day_and_month_every_year_is_annual(string text)
    {
        var rule = DeadlineParser.Parse(text, contextYear: 2024);

        Assert.NotNull(rule);
        Assert.Equal(DeadlineKind.Annual, rule.Kind);
        Assert.Equal(10, rule.Day);
        Assert.Equal(12, rule.Month);
        Assert.Equal(new DateOnly(2024, 12, 10), rule.DueDateFor(2024, NoPhases));
        Assert.Equal(new DateOnly(2025, 12, 10), rule.DueDateFor(2025, NoPhases));
    }

    [Theory]
    [InlineData("thường xuyên")]
    [InlineData("Thường xuyên theo dõi, hướng dẫn, kiểm tra, đôn đốc các địa phương")]
    [InlineData("hằng năm")]
    [InlineData("Hàng năm")]
    public void Wording_without_a_day_is_ongoing(string text)
    {
        var rule = DeadlineParser.Parse(text);

        Assert.NotNull(rule);
        Assert.Equal(DeadlineKind.Ongoing, rule.Kind);
    }

    [Theory]
    [InlineData("sơ kết giai đoạn 2023 - 2025", "Giai đoạn 2023 - 2025")]
    [InlineData("tổng kết giai đoạn 2023-2030", "Giai đoạn 2023 - 2030")]
    [InlineData("Sơ kết, tổng kết giai đoạn 2023–2025", "Giai đoạn 2023 - 2025")]
    public void Review_of_a_phase_is_due_at_the_phase_end(string text, string phaseName)
    {
        var rule = DeadlineParser.Parse(text);

        Assert.NotNull(rule);
        Assert.Equal(DeadlineKind.PhaseEnd, rule.Kind);
        Assert.Equal(phaseName, rule.PhaseName);
    }

    [Theory]
    [InlineData("năm 2025 sơ kết")]
    [InlineData("sơ kết, đánh giá, rút kinh nghiệm vào năm 2025")]
    public void Review_in_a_year_takes_the_phase_start_from_the_context_year(string text)
    {
        var rule = DeadlineParser.Parse(text, contextYear: 2023);

        Assert.NotNull(rule);
        Assert.Equal(DeadlineKind.PhaseEnd, rule.Kind);
        Assert.Equal("Giai đoạn 2023 - 2025", rule.PhaseName);
    }

    [Fact]
    public void Review_in_a_year_without_context_is_named_by_its_year_and_still_resolves()
    {
        PhaseWindow[] phases = [new("Giai đoạn 1 (từ 2023 - 2025)", new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31))];

        var rule = DeadlineParser.Parse("tổng kết vào năm 2025");

        Assert.NotNull(rule);
        Assert.Equal("Năm 2025", rule.PhaseName);
        Assert.Equal(new DateOnly(2025, 12, 31), rule.DueDateFor(2025, phases));
    }

    [Fact]
    public void Day_and_month_without_year_take_the_context_year()
    {
        var rule = DeadlineParser.Parse("trước ngày 15/12", contextYear: 2023);

        Assert.NotNull(rule);
        Assert.Equal(DeadlineKind.FixedDate, rule.Kind);
        Assert.Equal(new DateOnly(2023, 12, 15), rule.Date);
    }

    [Fact]
    public void Day_and_month_without_year_or_context_is_not_a_deadline()
    {
        Assert.Null(DeadlineParser.Parse("trước ngày 15/12"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Tuyên truyền sâu rộng trong cán bộ, đảng viên")]
    [InlineData("Trung tâm Giáo dục thường xuyên tỉnh")]
    [InlineData("Quyết định số 89/QĐ-TTg ngày 09/01/2013 của Thủ tướng Chính phủ")]
    [InlineData("trước ngày 31/02/2024")]
    public void Text_without_a_deadline_gives_null(string text)
    {
        Assert.Null(DeadlineParser.Parse(text));
    }

    [Fact]
    public void Text_is_kept_as_given_but_trimmed()
    {
        var rule = DeadlineParser.Parse("  Hoàn thành trong quý II năm 2020.  ");

        Assert.NotNull(rule);
        Assert.Equal("Hoàn thành trong quý II năm 2020.", rule.Text);
    }

    [Fact]
    public void A_stated_date_wins_over_a_vaguer_wording_in_the_same_text()
    {
        var rule = DeadlineParser.Parse(
            "gửi báo cáo đánh giá kết quả triển khai thực hiện hàng năm và sơ kết, tổng kết giai đoạn về UBND huyện trước ngày 10/12 hàng năm");

        Assert.NotNull(rule);
        Assert.Equal(DeadlineKind.Annual, rule.Kind);
    }
}
