using System.Text;
using LearningSociety.Domain.Deadlines;

namespace LearningSociety.UnitTests.Deadlines;

public class DeadlineParserOcrTests
{
    private static readonly PhaseWindow[] NoPhases = [];

    [Fact]
    public void Quarter_without_diacritics_is_read_like_the_clean_text()
    {
        var rule = DeadlineParser.Parse("hoan thanh trong quy II nam 2020");

        Assert.NotNull(rule);
        Assert.Equal(DeadlineKind.Quarter, rule.Kind);
        Assert.Equal(new DateOnly(2020, 6, 30), rule.DueDateFor(2020, NoPhases));
        Assert.Equal("hoan thanh trong quy II nam 2020", rule.Text);
    }

    [Fact]
    public void Quarter_split_over_two_lines_is_read()
    {
        var rule = DeadlineParser.Parse("giai doan ti€p theo, hoan thanh trong quy IV nam\n2020.");

        Assert.NotNull(rule);
        Assert.Equal(DeadlineKind.Quarter, rule.Kind);
        Assert.Equal(new DateOnly(2020, 12, 31), rule.DueDateFor(2020, NoPhases));
    }

    [Fact]
    public void Annual_without_diacritics_is_read()
    {
        var rule = DeadlineParser.Parse("truoc ngay 10/12 hang nam");

        Assert.NotNull(rule);
        Assert.Equal(DeadlineKind.Annual, rule.Kind);
        Assert.Equal(new DateOnly(2025, 12, 10), rule.DueDateFor(2025, NoPhases));
    }

    [Theory]
    [InlineData("truoc ngay 20 thang 11 nam 2024")]
    [InlineData("cham nhat ngay 20/11/2024")]
    public void Fixed_date_without_diacritics_is_read(string text)
    {
        var rule = DeadlineParser.Parse(text);

        Assert.NotNull(rule);
        Assert.Equal(new DateOnly(2024, 11, 20), rule.Date);
    }

    [Fact]
    public void Ongoing_and_phase_end_without_diacritics_are_read()
    {
        Assert.Equal(DeadlineKind.Ongoing, DeadlineParser.Parse("thuong xuyen")?.Kind);
        Assert.Equal("Giai đoạn 2023 - 2025", DeadlineParser.Parse("so ket giai doan 2023 - 2025")?.PhaseName);
    }

    [Fact]
    public void Decomposed_input_is_read_and_kept_as_given()
    {
        var text = "trước ngày 10/12 hằng năm".Normalize(NormalizationForm.FormD);

        var rule = DeadlineParser.Parse(text);

        Assert.NotNull(rule);
        Assert.Equal(DeadlineKind.Annual, rule.Kind);
        Assert.Equal(text, rule.Text);
    }
}
