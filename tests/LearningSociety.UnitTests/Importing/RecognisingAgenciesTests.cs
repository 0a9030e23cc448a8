using LearningSociety.Domain.Importing;

namespace LearningSociety.UnitTests.Importing;

/// <summary>Agencies named in a paragraph, however it spells them: full name, abbreviation, OCR without accents.</summary>
public class RecognisingAgenciesTests
{
    private static readonly AgencyDirectoryEntry[] Directory =
    [
        new("80:ubnd", "Ủy ban nhân dân tỉnh Long An", "UBND tỉnh Long An"),
        new("80:so-gddt", "Sở Giáo dục và Đào tạo tỉnh Long An", "Sở GD&ĐT Long An"),
        new("80:so-ldtbxh", "Sở Lao động - Thương binh và Xã hội tỉnh Long An", "Sở LĐ-TB&XH"),
        new("80:ubmttq", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Long An", "UBMTTQVN tỉnh"),
        new("80:hoi-khuyen-hoc", "Hội Khuyến học tỉnh Long An", "Hội Khuyến học tỉnh"),
        new("80:tt-vhtt", "Trung tâm Văn hóa - Thể thao tỉnh Long An"),
        new("80:ubnd-cap-huyen", "UBND các huyện, thị xã, thành phố", "UBND cấp huyện"),
        new("80:so-nganh", "Các sở, ban, ngành tỉnh"),
    ];

    private static readonly AgencyMatcher Matcher = new(Directory);

    [Theory]
    [InlineData("Sé Gido duc va Pao tao", "80:so-gddt")]
    [InlineData("S& Gido duc va Dao tao", "80:so-gddt")]
    [InlineData("Sở GD&ĐT", "80:so-gddt")]
    [InlineData("Sở GDĐT", "80:so-gddt")]
    [InlineData("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "80:so-gddt")]
    [InlineData("Sở LĐTBXH", "80:so-ldtbxh")]
    [InlineData("Sở Lao động Thương binh và Xã hội", "80:so-ldtbxh")]
    [InlineData("S6 Lao dong - Thuong binh va X4 hoi", "80:so-ldtbxh")]
    [InlineData("UBND tỉnh", "80:ubnd")]
    [InlineData("Ủy ban nhân dân tỉnh Long An", "80:ubnd")]
    [InlineData("Ủy ban MTTQ Việt Nam tỉnh", "80:ubmttq")]
    [InlineData("UBMTTQ tỉnh", "80:ubmttq")]
    [InlineData("Mặt trận Tổ quốc tỉnh", "80:ubmttq")]
    [InlineData("Uy ban Mit tran T6 quoc Viét Nam tinh", "80:ubmttq")]
    [InlineData("HKH tỉnh", "80:hoi-khuyen-hoc")]
    [InlineData("Hoi Khuyén hoc tinh", "80:hoi-khuyen-hoc")]
    [InlineData("Trung tâm VH-TT tỉnh", "80:tt-vhtt")]
    [InlineData("UBND cấp huyện", "80:ubnd-cap-huyen")]
    [InlineData("UBND các huyện, thành phố", "80:ubnd-cap-huyen")]
    [InlineData("các huyện, thị xã, thành phố", "80:ubnd-cap-huyen")]
    [InlineData("các sở, ngành", "80:so-nganh")]
    public void A_name_however_written_finds_its_agency(string written, string key)
    {
        var mention = Assert.Single(Matcher.Find(TokenizedText.Create(written + " thực hiện."), detectUnknown: true));
        Assert.Equal(key, mention.Key);
        Assert.Equal(0, mention.From);
    }

    [Fact]
    public void A_ministry_is_not_taken_for_the_department_of_the_same_field()
    {
        var mention = Assert.Single(Matcher.Find(TokenizedText.Create("báo cáo Bộ Giáo dục và Đào tạo theo yêu cầu"), detectUnknown: true));

        Assert.Null(mention.Key);
        Assert.Equal("Bộ Giáo dục và Đào tạo", mention.Text);
    }

    [Fact]
    public void Several_agencies_in_a_sentence_are_found_in_order_with_their_wording()
    {
        var text = TokenizedText.Create("Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở LĐ-TB&XH, Hội Khuyến học tỉnh và Sở Y tế tổ chức thực hiện.");

        var mentions = Matcher.Find(text, detectUnknown: true);

        Assert.Equal(
            [("80:so-gddt", "Sở Giáo dục và Đào tạo"), ("80:so-ldtbxh", "Sở LĐ-TB&XH"), ("80:hoi-khuyen-hoc", "Hội Khuyến học tỉnh"), (null, "Sở Y tế")],
            mentions.Select(m => (m.Key, m.Text)));
    }

    [Theory]
    [InlineData("Hội Cựu giáo chức tỉnh phối hợp thực hiện.", "Hội Cựu giáo chức tỉnh")]
    [InlineData("phối hợp với Hội Cựu chiến binh, Đoàn Thanh niên.", "Hội Cựu chiến binh")]
    [InlineData("Câu lạc bộ Khuyến học tỉnh tổ chức.", "Câu lạc bộ Khuyến học tỉnh")]
    [InlineData("Sở Tài chính phối hợp bố trí kinh phí.", "Sở Tài chính")]
    [InlineData("Sở Y tế triển khai thực hiện.", "Sở Y tế")]
    public void Names_not_in_the_directory_are_proposed_whole_and_stop_before_the_verb(string sentence, string name)
    {
        var mention = Matcher.Find(TokenizedText.Create(sentence), detectUnknown: true).First(m => m.Key is null);

        Assert.Equal(name, mention.Text);
    }

    [Fact]
    public void Issuers_of_cited_documents_and_abbreviations_of_other_words_are_no_agencies()
    {
        var text = TokenizedText.Create("Thực hiện Kết luận số 49-KL/TW của Ban Bí thư về xây dựng XHHT, HTSD và XDXHHT theo Kế hoạch số 2796/KH-UBND ngày 30/8/2021.");

        Assert.Empty(Matcher.Find(text, detectUnknown: true));
    }

    [Theory]
    [InlineData("Sé", "so")]
    [InlineData("s6", "so")]
    [InlineData("1a", "la")]
    [InlineData("Pao", "dao")]
    [InlineData("chirc", "chuc")]
    [InlineData("trudng", "truong")]
    [InlineData("Tw", "tu")]
    [InlineData("v6i", "voi")]
    [InlineData("phong", "phong")]
    public void Common_ocr_slips_are_repaired(string written, string canonical)
    {
        Assert.Equal(canonical, TokenizedText.Create(written)[0]);
    }
}
