using LearningSociety.Domain.Reporting;

namespace LearningSociety.Web.Features.Admin.Audit;

/// <summary>The audit page's filter: every action of the catalogue (<see cref="AuditAction"/>) and families of them.</summary>
public static class AuditActions
{
    public static readonly IReadOnlyList<(string Code, string Label)> Known = [.. AuditAction.All.Select(a => (a.Code, a.Label))];

    /// <summary>Filter values that select a family of actions by prefix.</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> Groups =
    [
        ("login*", "Mọi thao tác đăng nhập"),
        ("2fa.*", "Mọi thao tác xác thực hai lớp"),
        ("report.*", "Mọi thao tác với báo cáo"),
        ("period.*", "Mọi thao tác với kỳ báo cáo"),
        ("plan.*", "Mọi thao tác với kế hoạch"),
        ("user.*", "Mọi thao tác quản trị tài khoản"),
        ("agency.*", "Mọi thao tác với cơ quan"),
        ("unit.*", "Mọi thao tác với đơn vị hành chính"),
        ("transition.*", "Mọi thao tác chuyển tiếp sau sắp xếp"),
    ];

    public static string Label(string code) => AuditAction.LabelOf(code);
}
