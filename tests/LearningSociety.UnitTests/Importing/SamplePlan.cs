using LearningSociety.Domain.Importing;

namespace LearningSociety.UnitTests.Importing;

/// <summary>
/// A made-up plan of a province none of the seeds covers, written to exercise one rule per paragraph;
/// its agencies and wording were not used to tune the importer.
/// </summary>
internal static class SamplePlan
{
    public const string Text = """
        ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TỈNH HÒA BÌNH                   Độc lập - Tự do - Hạnh phúc

        Số: 45/KH-UBND                  Hòa Bình, ngày 05 tháng 3 năm 2024

        KẾ HOẠCH
        Xây dựng xã hội học tập giai đoạn 2024 - 2025
        trên địa bàn tỉnh Hòa Bình

        Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;

        Thực hiện Kế hoạch số 12/KH-BGDĐT ngày 10/01/2024 của Bộ Giáo dục và Đào tạo về việc triển khai Đề án, UBND tỉnh ban hành Kế hoạch như sau:

        I. MỤC TIÊU

        - 40% số người trong độ tuổi lao động được trang bị năng lực số; 35% số người trong độ tuổi lao động được trang bị kỹ năng sống.

        - 100% xã, phường, thị trấn đạt chuẩn xóa mù chữ mức độ 2.

        - Tỉnh duy trì đạt chuẩn phổ cập giáo dục tiểu học mức độ 3.

        II. NHIỆM VỤ VÀ GIẢI PHÁP

        1. Sở Y tế chủ trì, phối hợp với Sở Tư pháp, Hội Cựu chiến binh tỉnh và Hiệp hội Doanh nghiệp tỉnh tổ chức truyền thông về sức khỏe cộng đồng, hoàn thành trước ngày 15/12/2024.

        2. Lồng ghép nội dung học tập suốt đời vào chương trình bồi dưỡng chính trị hằng năm.

        3. Giao Sở GD&ĐT tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 20/11 hằng năm.

        III. TỔ CHỨC THỰC HIỆN

        1. Hội Khuyến học tỉnh

        a) Chủ trì, phối hợp với Sở Tư pháp xây dựng mô hình “Công dân học tập”.

        b) Chỉ đạo Hội Khuyến học cấp huyện phối hợp với các trường học tổ chức phong trào khuyến học.

        c) Hằng năm, tổ chức tuyên dương gia đình học tập tiêu biểu.

        d) Tổ chức sơ kết vào năm 2025.

        d) Tham gia ngày hội học tập.

        2. UBND các huyện, thành phố có trách nhiệm:

        - Xây dựng kế hoạch thực hiện trong quý II năm 2024.

        - Gửi báo cáo kết quả về Sở Giáo dục và Đào tạo (qua Phòng Giáo dục và Đào tạo) trước ngày 10/12/2024.

        Nơi nhận:
        - Như trên;
        - Lưu: VT.
        """;

    public static readonly AgencyDirectoryEntry[] Directory =
    [
        new("17:ubnd", "Ủy ban nhân dân tỉnh Hòa Bình", "UBND tỉnh Hòa Bình", Unit: "17"),
        new("17:so-gddt", "Sở Giáo dục và Đào tạo tỉnh Hòa Bình", "Sở GD&ĐT", Unit: "17"),
        new("17:so-y-te", "Sở Y tế tỉnh Hòa Bình", Unit: "17"),
        new("17:so-tu-phap", "Sở Tư pháp tỉnh Hòa Bình", Unit: "17"),
        new("17:hoi-ccb", "Hội Cựu chiến binh tỉnh Hòa Bình", "Hội CCB tỉnh", Unit: "17"),
        new("17:hoi-khuyen-hoc", "Hội Khuyến học tỉnh Hòa Bình", "HKH tỉnh", Unit: "17"),
        new("17:ubnd-cap-huyen", "UBND các huyện, thành phố", "UBND cấp huyện", Unit: "17"),
    ];

    public static PlanImportResult Import() => new PlanTextImporter(Directory).Import(Text);
}
