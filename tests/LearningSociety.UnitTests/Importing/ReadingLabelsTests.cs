using LearningSociety.Domain.Importing;

namespace LearningSociety.UnitTests.Importing;

/// <summary>The labels that number a plan's paragraphs, as typed and as OCR misreads them.</summary>
public class ReadingLabelsTests
{
    [Theory]
    [InlineData("II. NHIỆM VỤ VÀ GIẢI PHÁP", "Roman", "II", "NHIỆM VỤ VÀ GIẢI PHÁP")]
    [InlineData("I11. KINH PHi THU'C HIEN", "Roman", "III", "KINH PHi THU'C HIEN")]
    [InlineData("VIII. TỔ CHỨC THỰC HIỆN", "Roman", "VIII", "TỔ CHỨC THỰC HIỆN")]
    [InlineData("1. Mục đích", "Arabic", "1", "Mục đích")]
    [InlineData("1.2.3. Sở Tài chính:", "Arabic", "1.2.3", "Sở Tài chính:")]
    [InlineData("2.1 Đánh giá tổng kết", "Arabic", "2.1", "Đánh giá tổng kết")]
    [InlineData("a) Ủy ban Mặt trận", "Letter", "a", "Ủy ban Mặt trận")]
    [InlineData("đ) Tỉnh đoàn", "Letter", "đ", "Tỉnh đoàn")]
    [InlineData("¢) Biéu duong", "Letter", "c", "Biéu duong")]
    [InlineData("C) Trién khai", "Letter", "c", "Trién khai")]
    [InlineData("- Tuyên truyền", "Dash", "", "Tuyên truyền")]
    [InlineData("· Đẩy mạnh liên kết", "Dash", "", "Đẩy mạnh liên kết")]
    [InlineData("+ 100% xã đạt chuẩn", "Plus", "", "100% xã đạt chuẩn")]
    public void A_label_gives_its_kind_parts_and_the_rest(string line, string kind, string joined, string rest)
    {
        var label = ItemLabel.Parse(line, caseless: false);

        Assert.NotNull(label);
        Assert.Equal((kind, joined, rest), (label.Kind.ToString(), label.Joined, label.Rest));
    }

    [Theory]
    [InlineData("05 tuổi được phổ cập")]
    [InlineData("2020. Trong đó")]
    [InlineData("4.0”, “Học để có nghề”")]
    [InlineData("10% dân số có trình độ đại học")]
    [InlineData("Văn bản số 12")]
    public void Running_text_that_starts_with_a_number_is_no_label(string line)
    {
        Assert.Null(ItemLabel.Parse(line, caseless: false));
    }

    [Fact]
    public void Lower_case_roman_numerals_count_only_in_text_without_capitals()
    {
        Assert.Null(ItemLabel.Parse("ii. nhiem vu", caseless: false));
        Assert.Equal("II", ItemLabel.Parse("ii. nhiem vu", caseless: true)!.Joined);
    }

    [Theory]
    [InlineData(null, "a")]
    [InlineData("d", "đ")]
    [InlineData("đ", "e")]
    [InlineData("e", "g")]
    [InlineData("i", "k")]
    public void Vietnamese_letter_labels_follow_the_vietnamese_alphabet(string? previous, string next)
    {
        Assert.Equal(next, ItemLabel.NextLetter(previous));
    }
}
