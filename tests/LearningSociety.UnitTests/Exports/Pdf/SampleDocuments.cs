using System.Globalization;
using LearningSociety.Domain.Documents;
using LearningSociety.Infrastructure.Exports.Pdf;

namespace LearningSociety.UnitTests.Exports.Pdf;

/// <summary>Test-data builders for the PDF tests: a realistic report of the Department of Education.</summary>
internal static class SampleDocuments
{
    public const string LongParagraph =
        "Thực hiện Kế hoạch số 137/KH-UBND ngày 18 tháng 6 năm 2020 của Ủy ban nhân dân tỉnh về tổng kết "
        + "Đề án xây dựng xã hội học tập giai đoạn 2012 - 2020, Sở Giáo dục và Đào tạo đã phối hợp với các sở, "
        + "ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân các huyện, thị xã, thành phố triển khai đồng bộ các "
        + "nhiệm vụ; công tác xóa mù chữ, phổ cập giáo dục được duy trì vững chắc; các trung tâm học tập cộng "
        + "đồng hoạt động hiệu quả, góp phần nâng cao dân trí, đào tạo nhân lực, bồi dưỡng nhân tài cho địa phương "
        + "và tạo cơ hội học tập suốt đời cho mọi người dân, nhất là người lớn tuổi, người khuyết tật và đồng bào "
        + "ở vùng sâu, vùng xa, vùng đặc biệt khó khăn.";

    public static PdfOfficialHeader Header() =>
        new("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 123/BC-SGDĐT", OfficialDate.PlaceAndDate("Long An", new DateOnly(2026, 12, 5)))
        {
            ParentIssuer = "UBND TỈNH LONG AN",
        };

    public static PdfClosing Closing() =>
        new(
            ["- UBND tỉnh (để báo cáo);", "- Bộ GD&ĐT (để báo cáo);", "- Lưu: VT, GDTX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
            "Nguyễn Văn An");

    public static PdfTable Table(int rows) =>
        new(
            [
                new PdfTableColumn("STT", 0.6f, PdfAlignment.Center),
                new PdfTableColumn("Đơn vị", 3),
                new PdfTableColumn("Số người học", 1.4f, PdfAlignment.Right),
                new PdfTableColumn("Tỷ lệ", 1, PdfAlignment.Right),
            ],
            [.. Enumerable.Range(1, rows).Select(i => (IReadOnlyList<string>)
                [
                    i.ToString(CultureInfo.InvariantCulture),
                    $"Trung tâm học tập cộng đồng xã số {i.ToString(CultureInfo.InvariantCulture)}",
                    (1000 + i).ToString("N0", CultureInfo.GetCultureInfo("vi-VN")),
                    "40,5%",
                ])]);

    public static PdfDocumentModel Report(params PdfBlock[] body) =>
        new([Header(), new PdfHeading("BÁO CÁO\nTổng kết 10 năm xây dựng xã hội học tập"), .. body, Closing()])
        {
            Title = "Báo cáo tổng kết xây dựng xã hội học tập",
            Author = "Sở Giáo dục và Đào tạo",
            Subject = "Xây dựng xã hội học tập",
            Created = new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.FromHours(7)),
        };
}
