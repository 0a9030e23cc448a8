using LearningSociety.Domain.Text;

namespace LearningSociety.UnitTests.Text;

/// <summary>The one slug of agency keys (plan editor, agency groups, the importer's proposals).</summary>
public sealed class VietnameseSlugTests
{
    [Theory]
    [InlineData("Sở Văn hóa, Thể thao và Du lịch", "so-van-hoa-the-thao-va-du-lich")]
    [InlineData("  Phòng GD&ĐT -- huyện Cần Đước ", "phong-gd-dt-huyen-can-duoc")]
    [InlineData("Đoàn TNCS Hồ Chí Minh 2025", "doan-tncs-ho-chi-minh-2025")]
    [InlineData("—", "")]
    public void A_name_becomes_lower_case_ascii_words_joined_by_single_hyphens(string name, string slug) =>
        Assert.Equal(slug, VietnameseText.Slug(name));
}
