using LearningSociety.Domain.Documents;

namespace LearningSociety.UnitTests.Documents;

public class OfficialDateTests
{
    [Theory]
    [InlineData(2026, 12, 5, "ngày 05 tháng 12 năm 2026")]
    [InlineData(2026, 1, 9, "ngày 09 tháng 01 năm 2026")]
    [InlineData(2024, 2, 29, "ngày 29 tháng 02 năm 2024")]
    [InlineData(2024, 3, 1, "ngày 01 tháng 3 năm 2024")]
    [InlineData(2024, 9, 10, "ngày 10 tháng 9 năm 2024")]
    [InlineData(2020, 10, 31, "ngày 31 tháng 10 năm 2020")]
    [InlineData(2020, 11, 20, "ngày 20 tháng 11 năm 2020")]
    public void Days_below_ten_and_January_February_take_a_leading_zero(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, OfficialDate.Wording(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Place_and_date_line_is_place_comma_wording()
    {
        Assert.Equal("Long An, ngày 05 tháng 12 năm 2026", OfficialDate.PlaceAndDate("Long An", new DateOnly(2026, 12, 5)));
    }

    [Fact]
    public void Place_written_in_decomposed_form_comes_out_composed_and_trimmed()
    {
        var decomposed = "  Tháp Mười ".Normalize(System.Text.NormalizationForm.FormD);

        var line = OfficialDate.PlaceAndDate(decomposed, new DateOnly(2024, 2, 22));

        Assert.Equal("Tháp Mười, ngày 22 tháng 02 năm 2024", line);
        Assert.True(line.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_place_is_refused(string place)
    {
        Assert.Throws<ArgumentException>(() => OfficialDate.PlaceAndDate(place, new DateOnly(2026, 1, 1)));
    }
}
