using System.Text;
using LearningSociety.Domain.Deadlines;

namespace LearningSociety.UnitTests.Deadlines;

public class DeadlineParserFindAllTests
{
    [Fact]
    public void Paragraph_with_two_deadlines_gives_both_in_order_with_their_own_wording()
    {
        const string paragraph =
            "Sở Giáo dục và Đào tạo chủ trì xây dựng kế hoạch, hoàn thành trong quý II năm 2020; " +
            "các địa phương gửi báo cáo kết quả về Sở trước ngày 10/12 hằng năm để tổng hợp.";

        var rules = DeadlineParser.FindAll(paragraph);

        Assert.Collection(
            rules,
            quarter =>
            {
                Assert.Equal(DeadlineKind.Quarter, quarter.Kind);
                Assert.Equal(2, quarter.Quarter);
                Assert.Equal("hoàn thành trong quý II năm 2020", quarter.Text);
            },
            annual =>
            {
                Assert.Equal(DeadlineKind.Annual, annual.Kind);
                Assert.Equal("trước ngày 10/12 hằng năm", annual.Text);
            });
    }

    [Fact]
    public void Interim_and_final_reviews_are_two_phase_ends()
    {
        var rules = DeadlineParser.FindAll(
            "- Khen thưởng giai đoạn: Sơ kết giai đoạn 2023 - 2025, tổng kết giai đoạn 2023 - 2030 (đề xuất khen thưởng).");

        Assert.Equal(["Giai đoạn 2023 - 2025", "Giai đoạn 2023 - 2030"], rules.Select(r => r.PhaseName));
        Assert.Equal(["Sơ kết giai đoạn 2023 - 2025", "tổng kết giai đoạn 2023 - 2030"], rules.Select(r => r.Text));
    }

    [Fact]
    public void Cited_documents_and_reporting_windows_are_not_deadlines()
    {
        var rules = DeadlineParser.FindAll(
            "Căn cứ Quyết định số 89/QĐ-TTg ngày 09/01/2013 của Thủ tướng Chính phủ và Kết luận số 49-KL/TW ngày 10/5/2019; " +
            "số liệu tính từ ngày 15/12/2023 đến ngày 14/12/2024, báo cáo chậm nhất ngày 20/12/2024.");

        var rule = Assert.Single(rules);
        Assert.Equal(new DateOnly(2024, 12, 20), rule.Date);
        Assert.Equal("chậm nhất ngày 20/12/2024", rule.Text);
    }

    [Fact]
    public void Continuing_education_is_not_an_ongoing_deadline()
    {
        var rules = DeadlineParser.FindAll(
            "Củng cố các Trung tâm Giáo dục thường xuyên; thường xuyên kiểm tra, đôn đốc các địa phương.");

        var rule = Assert.Single(rules);
        Assert.Equal(DeadlineKind.Ongoing, rule.Kind);
        Assert.Equal("thường xuyên", rule.Text);
    }

    [Fact]
    public void Ocr_paragraph_keeps_its_own_spelling()
    {
        var rules = DeadlineParser.FindAll(
            "trien khai thuc hien Ke hoach nay trong quy II nam 2020, gui bao cao truoc ngay 10/12 hang nam.");

        Assert.Equal([DeadlineKind.Quarter, DeadlineKind.Annual], rules.Select(r => r.Kind));
        Assert.Equal(["trong quy II nam 2020", "truoc ngay 10/12 hang nam"], rules.Select(r => r.Text));
    }

    [Fact]
    public void Decomposed_paragraph_keeps_combining_marks_in_each_wording()
    {
        var paragraph = "Báo cáo thường xuyên và tổng kết giai đoạn 2023 - 2030.".Normalize(NormalizationForm.FormD);

        var rules = DeadlineParser.FindAll(paragraph);

        Assert.Equal(
            ["thường xuyên".Normalize(NormalizationForm.FormD), "tổng kết giai đoạn 2023 - 2030".Normalize(NormalizationForm.FormD)],
            rules.Select(r => r.Text));
    }

    [Theory]
    [InlineData("Số: 770 /KH-UBND Thap Mueoi, ngay 22 thang 02 ndm 2024")]
    [InlineData("Long An, ngày 05 tháng 12 năm 2026")]
    [InlineData("- Các đơn vị thành viên Ban Chỉ đạo theo QĐ số 9047 ngày 13/11/2023;")]
    [InlineData("lồng ghép vào kế hoạch phát triển kinh tế - xã hội hàng năm và dự toán ngân sách nhà nước hàng năm")]
    [InlineData("cung ung cac chuong trinh hoc tip thuong xuyén, sudt doi; co so gido duc thuong xuyén")]
    public void Header_dates_citations_and_names_are_not_deadlines(string text)
    {
        Assert.Empty(DeadlineParser.FindAll(text, contextYear: 2024));
    }

    [Fact]
    public void Paragraph_without_deadlines_gives_an_empty_list()
    {
        Assert.Empty(DeadlineParser.FindAll("Nâng cao nhận thức của các cấp, các ngành về xây dựng xã hội học tập."));
    }
}
