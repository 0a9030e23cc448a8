using System.Text;
using LearningSociety.Domain.Text;

namespace LearningSociety.UnitTests.Text;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Xóa mù chữ", "xoa mu chu")]
    [InlineData("  Đẩy mạnh   học tập\tsuốt đời \n", "day manh hoc tap suot doi")]
    [InlineData("ĐỒNG THÁP", "dong thap")]
    [InlineData("quý II năm 2020", "quy ii nam 2020")]
    [InlineData("", "")]
    public void Fold_removes_accents_case_and_extra_spaces(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(input));
    }

    [Fact]
    public void Fold_treats_decomposed_and_composed_text_alike()
    {
        var decomposed = "Xóa mù chữ".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Xóa mù chữ", decomposed);

        Assert.Equal("xoa mu chu", VietnameseText.Fold(decomposed));
    }

    [Fact]
    public void Nfc_composes_decomposed_input_and_trims()
    {
        var decomposed = " Giáo dục thường xuyên ".Normalize(NormalizationForm.FormD);

        var result = VietnameseText.Nfc(decomposed);

        Assert.Equal("Giáo dục thường xuyên", result);
        Assert.True(result.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("Sở Giáo dục và Đào tạo tỉnh Long An", "giao duc va dao tao")]
    [InlineData("So Giao duc va Dao tao", "Giáo dục")]
    [InlineData("Hội Khuyến học", "")]
    public void ContainsFolded_matches_across_accents_and_case(string haystack, string needle)
    {
        Assert.True(VietnameseText.ContainsFolded(haystack, needle));
    }

    [Fact]
    public void ContainsFolded_is_false_when_the_words_differ()
    {
        Assert.False(VietnameseText.ContainsFolded("Xóa mù chữ", "học tập"));
    }
}
