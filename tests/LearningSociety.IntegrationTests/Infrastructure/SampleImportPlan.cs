namespace LearningSociety.IntegrationTests.Infrastructure;

/// <summary>A short made-up plan of Long An naming two bodies the directory does not hold.</summary>
public static class SampleImportPlan
{
    public const string UnknownNew = "Hội Nông dân tỉnh";
    public const string UnknownPick = "Hội Cựu chiến binh tỉnh";

    /// <summary>How the importer proposes it: the whole name, its level word included.</summary>
    public const string UnknownPickAsRead = "Hội Cựu chiến binh tỉnh";

    public const string Text = """
        ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TỈNH LONG AN                    Độc lập - Tự do - Hạnh phúc

        Số: 77/KH-UBND                  Long An, ngày 10 tháng 3 năm 2025

        KẾ HOẠCH
        Thí điểm mô hình học tập suốt đời năm 2025

        Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;

        I. MỤC TIÊU

        - 60% số người trong độ tuổi lao động được trang bị kỹ năng số.

        II. NHIỆM VỤ

        1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học tỉnh tổ chức tập huấn cho cán bộ quản lý, hoàn thành trước ngày 30/6/2025.

        2. Hội Nông dân tỉnh chủ trì, phối hợp với Sở Giáo dục và Đào tạo vận động hội viên tham gia phong trào “Gia đình học tập” trong quý III năm 2025.

        3. Hội Cựu chiến binh tỉnh chủ trì tổ chức ngày hội đọc sách, hoàn thành trước ngày 15/10/2025.

        III. TỔ CHỨC THỰC HIỆN

        Sở Giáo dục và Đào tạo tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 10/12/2025.
        """;
}
