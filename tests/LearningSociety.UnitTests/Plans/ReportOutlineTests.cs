using LearningSociety.Domain.Plans;

namespace LearningSociety.UnitTests.Plans;

public sealed class ReportOutlineTests
{
    [Fact]
    public void Without_sections_of_its_own_a_rule_gets_the_default_five_with_the_first_required()
    {
        var outline = ReportOutline.Of([]);
        Assert.Equal(["I", "II", "III", "IV", "V"], outline.Select(s => s.Number));
        Assert.Equal("Kết quả đạt được", outline[0].Title);
        Assert.Equal([true, false, false, false, false], outline.Select(s => s.Required));
    }

    [Fact]
    public void A_rules_own_sections_come_in_their_order_and_only_the_first_is_required()
    {
        ReportOutlineSection[] sections =
        [
            new() { Number = "2", Title = "Khó khăn", SortOrder = 2 },
            new() { Number = "1", Title = "Kết quả", SortOrder = 1 },
            new() { Number = "3", Title = "Kiến nghị", SortOrder = 3 },
        ];
        var outline = ReportOutline.Of(sections);
        Assert.Equal([("1", "Kết quả", true), ("2", "Khó khăn", false), ("3", "Kiến nghị", false)], outline);
    }
}
