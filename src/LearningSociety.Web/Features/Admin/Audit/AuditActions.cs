namespace LearningSociety.Web.Features.Admin.Audit;

/// <summary>What the audit log's action codes mean, in Vietnamese; unknown codes are shown as stored.</summary>
public static class AuditActions
{
    public static readonly IReadOnlyList<(string Code, string Label)> Known =
    [
        ("login", "Đăng nhập"),
        ("login.failed", "Đăng nhập sai"),
        ("login.locked", "Tài khoản bị khóa"),
        ("report.save", "Lưu báo cáo"),
        ("report.submit", "Nộp báo cáo"),
        ("report.approve", "Duyệt báo cáo"),
        ("report.return", "Trả lại báo cáo"),
        ("report.reopen", "Mở lại báo cáo"),
        ("report.attach", "Đính kèm tệp vào báo cáo"),
        ("report.detach", "Xóa tệp đính kèm của báo cáo"),
        ("user.create", "Tạo tài khoản"),
        ("user.update", "Sửa thông tin tài khoản"),
        ("user.role", "Đổi vai trò"),
        ("user.lock", "Khóa tài khoản"),
        ("user.unlock", "Mở khóa tài khoản"),
        ("user.password", "Đặt lại mật khẩu"),
        ("agency.contact", "Sửa thông tin liên hệ cơ quan"),
        ("unit.contact", "Sửa thông tin liên hệ đơn vị hành chính"),
        ("unit.import", "Nhập danh mục đơn vị hành chính"),
        ("transition.apply", "Áp dụng chuyển tiếp sau sắp xếp"),
        ("transition.change", "Thay đổi do chuyển tiếp sau sắp xếp"),
        ("transition.undo", "Hoàn tác chuyển tiếp sau sắp xếp"),
        ("transition.revert", "Thay đổi do hoàn tác chuyển tiếp"),
    ];

    /// <summary>Filter values that select a family of actions by prefix.</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> Groups =
    [
        ("login*", "Mọi thao tác đăng nhập"),
        ("report.*", "Mọi thao tác với báo cáo"),
        ("user.*", "Mọi thao tác với tài khoản"),
        ("transition.*", "Mọi thao tác chuyển tiếp sau sắp xếp"),
    ];

    private static readonly Dictionary<string, string> Labels = Known.ToDictionary(k => k.Code, k => k.Label, StringComparer.Ordinal);

    public static string Label(string code) => Labels.GetValueOrDefault(code, code);
}
