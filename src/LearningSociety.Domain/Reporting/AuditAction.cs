namespace LearningSociety.Domain.Reporting;

/// <summary>
/// The one catalogue of audit actions: every writer takes one of these values, so a code without a
/// Vietnamese label cannot be written. The code is what is stored; old rows keep their codes.
/// </summary>
public sealed class AuditAction
{
    private static readonly List<AuditAction> Catalogue = [];

    private AuditAction(string code, string label)
    {
        Code = code;
        Label = label;
        Catalogue.Add(this);
    }

    public string Code { get; }

    public string Label { get; }

    public static readonly AuditAction Login = new("login", "Đăng nhập");
    public static readonly AuditAction LoginFailed = new("login.failed", "Đăng nhập sai");
    public static readonly AuditAction LoginLocked = new("login.locked", "Tài khoản bị khóa");
    public static readonly AuditAction LoginRecoveryCode = new("login.recovery-code", "Đăng nhập bằng mã khôi phục");
    public static readonly AuditAction LoginTwoFactorFailed = new("login.2fa-failed", "Nhập sai mã xác thực hai lớp");
    public static readonly AuditAction LoginRecoveryCodeFailed = new("login.recovery-code-failed", "Nhập sai mã khôi phục");
    public static readonly AuditAction PasswordChange = new("account.password", "Tự đổi mật khẩu");
    public static readonly AuditAction TwoFactorEnable = new("2fa.enable", "Bật xác thực hai lớp");
    public static readonly AuditAction TwoFactorDisable = new("2fa.disable", "Tắt xác thực hai lớp");
    public static readonly AuditAction TwoFactorRecoveryCodes = new("2fa.recovery-codes.new", "Tạo mã khôi phục mới");
    public static readonly AuditAction TwoFactorReset = new("2fa.reset", "Đặt lại xác thực hai lớp");
    public static readonly AuditAction ReportSave = new("report.save", "Lưu báo cáo");
    public static readonly AuditAction ReportSubmit = new("report.submit", "Nộp báo cáo");
    public static readonly AuditAction ReportApprove = new("report.approve", "Duyệt báo cáo");
    public static readonly AuditAction ReportReturn = new("report.return", "Trả lại báo cáo");
    public static readonly AuditAction ReportReopen = new("report.reopen", "Mở lại báo cáo");
    public static readonly AuditAction ReportExcuse = new("report.excuse", "Miễn nộp báo cáo");
    public static readonly AuditAction ReportAttach = new("report.attach", "Đính kèm tệp vào báo cáo");
    public static readonly AuditAction ReportDetach = new("report.detach", "Xóa tệp đính kèm của báo cáo");
    public static readonly AuditAction PeriodOpen = new("period.open", "Mở kỳ báo cáo");
    public static readonly AuditAction PeriodClose = new("period.close", "Đóng kỳ báo cáo");
    public static readonly AuditAction PeriodReporterAdd = new("period.reporter.add", "Thêm đơn vị phải nộp vào kỳ báo cáo");
    public static readonly AuditAction PlanCreate = new("plan.create", "Tạo kế hoạch");
    public static readonly AuditAction PlanImport = new("plan.import", "Nhập kế hoạch từ tệp");
    public static readonly AuditAction PlanImportWorkbook = new("plan.import-workbook", "Nhập phân công từ tệp Excel");
    public static readonly AuditAction PlanHeader = new("plan.header", "Sửa thông tin chung của kế hoạch");
    public static readonly AuditAction PlanBasis = new("plan.basis", "Sửa căn cứ của kế hoạch");
    public static readonly AuditAction PlanPhase = new("plan.phase", "Sửa giai đoạn của kế hoạch");
    public static readonly AuditAction PlanItem = new("plan.item", "Sửa mục của kế hoạch");
    public static readonly AuditAction PlanTask = new("plan.task", "Sửa nhiệm vụ của kế hoạch");
    public static readonly AuditAction PlanTarget = new("plan.target", "Sửa chỉ tiêu của kế hoạch");
    public static readonly AuditAction PlanReporting = new("plan.reporting", "Sửa quy định báo cáo của kế hoạch");
    public static readonly AuditAction PlanPublish = new("plan.publish", "Ban hành kế hoạch");
    public static readonly AuditAction PlanComplete = new("plan.complete", "Kết thúc kế hoạch");
    public static readonly AuditAction UserCreate = new("user.create", "Tạo tài khoản");
    public static readonly AuditAction UserUpdate = new("user.update", "Sửa thông tin tài khoản");
    public static readonly AuditAction UserRole = new("user.role", "Đổi vai trò");
    public static readonly AuditAction UserLock = new("user.lock", "Khóa tài khoản");
    public static readonly AuditAction UserUnlock = new("user.unlock", "Mở khóa tài khoản");
    public static readonly AuditAction UserPassword = new("user.password", "Quản trị viên đặt lại mật khẩu");
    public static readonly AuditAction AgencyCreate = new("agency.create", "Thêm cơ quan");
    public static readonly AuditAction AgencyContact = new("agency.contact", "Sửa thông tin liên hệ cơ quan");
    public static readonly AuditAction AgencyGroupCreate = new("agency.group.create", "Tạo nhóm cơ quan");
    public static readonly AuditAction AgencyGroupEdit = new("agency.group.edit", "Sửa nhóm cơ quan");
    public static readonly AuditAction UnitContact = new("unit.contact", "Sửa thông tin liên hệ đơn vị hành chính");
    public static readonly AuditAction UnitImport = new("unit.import", "Nhập danh mục đơn vị hành chính");
    public static readonly AuditAction TransitionApply = new("transition.apply", "Áp dụng chuyển tiếp sau sắp xếp");
    public static readonly AuditAction TransitionChange = new("transition.change", "Thay đổi do chuyển tiếp sau sắp xếp");
    public static readonly AuditAction TransitionUndo = new("transition.undo", "Hoàn tác chuyển tiếp sau sắp xếp");
    public static readonly AuditAction TransitionRevert = new("transition.revert", "Thay đổi do hoàn tác chuyển tiếp");
    public static readonly AuditAction ApiTokenCreate = new("api-token.create", "Cấp mã truy cập API");
    public static readonly AuditAction ApiTokenRevoke = new("api-token.revoke", "Thu hồi mã truy cập API");
    public static readonly AuditAction ApiUse = new("api.use", "Hệ thống khác đọc dữ liệu qua API");
    public static readonly AuditAction ApiRefused = new("api.refused", "Từ chối mã truy cập API đã thu hồi hoặc hết hạn");

    /// <summary>Every action, in the order the audit page's filter lists them.</summary>
    public static IReadOnlyList<AuditAction> All => Catalogue;

    /// <summary>The Vietnamese label of a stored code; a code from before the catalogue is shown as stored.</summary>
    public static string LabelOf(string code) => Catalogue.Find(a => a.Code == code)?.Label ?? code;

    public override string ToString() => Code;
}

/// <summary>What an audit line is about: the stored type name and how the audit page names it.</summary>
public sealed class AuditSubject
{
    private static readonly List<AuditSubject> Catalogue = [];

    private AuditSubject(string code, string label)
    {
        Code = code;
        Label = label;
        Catalogue.Add(this);
    }

    public string Code { get; }

    public string Label { get; }

    public static readonly AuditSubject Report = new("Report", "Báo cáo");
    public static readonly AuditSubject User = new("User", "Tài khoản");
    public static readonly AuditSubject Agency = new("Agency", "Cơ quan");
    public static readonly AuditSubject Unit = new("Unit", "Đơn vị");
    public static readonly AuditSubject Plan = new("Plan", "Kế hoạch");
    public static readonly AuditSubject ReportingPeriod = new("ReportingPeriod", "Kỳ báo cáo");
    public static readonly AuditSubject ReportingRule = new("ReportingRule", "Quy định báo cáo");
    public static readonly AuditSubject Transition = new("Transition", "Chuyển tiếp sau sắp xếp");
    public static readonly AuditSubject UnitImportJob = new("UnitImportJob", "Lần nhập danh mục đơn vị");
    public static readonly AuditSubject UnitList = new("UnitList", "Danh mục đơn vị hành chính");
    public static readonly AuditSubject ApiToken = new("ApiToken", "Mã truy cập API");

    public static IReadOnlyList<AuditSubject> All => Catalogue;

    public static string LabelOf(string code) => Catalogue.Find(s => s.Code == code)?.Label ?? code;

    public override string ToString() => Code;
}
