using LearningSociety.Infrastructure.Exports.Excel;

namespace LearningSociety.UnitTests.Exports.Excel;

/// <summary>Test-data builders for the Excel tests: a commune report with a hostile note typed by a user.</summary>
internal static class ExcelSamples
{
    public const string Hyperlink = "=HYPERLINK(\"http://evil.example/\",\"Bấm vào đây\")";

    public static readonly DateTimeOffset Created = new(2026, 12, 5, 8, 30, 0, TimeSpan.FromHours(7));

    public static readonly ExcelColumn[] Columns =
    [
        new("STT", ExcelColumnKind.Integer, 6),
        new("Đơn vị báo cáo", ExcelColumnKind.Text, 40),
        new("Số người tham gia học tập", ExcelColumnKind.Integer, 16),
        new("Tỷ lệ đạt", ExcelColumnKind.Percent, 11),
        new("Ngày báo cáo", ExcelColumnKind.Date, 13),
        new("Ghi chú", ExcelColumnKind.Text, 45),
    ];

    public static readonly IReadOnlyList<object?>[] Rows =
    [
        [1, "UBND xã Mỹ An", 1030, 0.405m, new DateOnly(2026, 12, 5), Hyperlink],
        [2, "UBND xã Thạnh Lợi", 2500, 0.5, new DateOnly(2026, 1, 9), "+1 cộng thêm"],
        [3, "Phòng Giáo dục và Đào tạo", 12, 1.0, new DateTimeOffset(2026, 2, 28, 20, 0, 0, TimeSpan.Zero), "-2 ghi chú"],
        [4, "@Trung tâm", null, null, null, "\tbắt đầu bằng tab"],
    ];

    public static byte[] Workbook(IEnumerable<IReadOnlyList<object?>>? rows = null, IReadOnlyList<object?>? total = null)
    {
        using var builder = new WorkbookBuilder(new ExcelDocumentInfo("Báo cáo kết quả xây dựng xã hội học tập", "Nguyễn Văn An", Created)
        {
            Subject = "Xây dựng xã hội học tập năm 2026",
        });
        builder.AddSheet("Báo cáo")
            .AddTitle("BÁO CÁO KẾT QUẢ XÂY DỰNG XÃ HỘI HỌC TẬP")
            .AddTitle("Năm 2026")
            .WriteTable(Columns, rows ?? Rows, total);
        return builder.ToArray();
    }
}
