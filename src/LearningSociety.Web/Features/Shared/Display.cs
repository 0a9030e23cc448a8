using System.Globalization;
using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Units;

namespace LearningSociety.Web.Features.Shared;

/// <summary>How values read on screen: vi-VN numbers, dd/MM/yyyy dates, Vietnamese names for codes.</summary>
public static class Display
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    public static string DateTime(DateTimeOffset instant) =>
        Domain.Deadlines.VietnamTime.ToVietnam(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Number(decimal value) =>
        value == decimal.Truncate(value) ? value.ToString("N0", Vi) : value.ToString("#,##0.##", Vi);

    public static string Number(int value) => value.ToString("N0", Vi);

    /// <summary>"còn 18 ngày", "hạn hôm nay", "quá hạn 3 ngày".</summary>
    public static string DaysLeft(DateOnly due, DateOnly today)
    {
        var days = due.DayNumber - today.DayNumber;
        return days switch
        {
            > 0 => $"còn {Number(days)} ngày",
            0 => "hạn hôm nay",
            _ => $"quá hạn {Number(-days)} ngày",
        };
    }

    /// <summary>Days left or overdue while a period is "now" (docs/ux.md); a period of past years reads as past, never "quá hạn 728 ngày".</summary>
    public static string PeriodDeadline(int year, DateOnly deadline, DateOnly today) =>
        Domain.Reporting.ReportingNow.IsCurrent(year, deadline, today) ? DaysLeft(deadline, today) : "kỳ đã qua";

    /// <summary>The first <paramref name="max"/> characters of a long text, saying how long the whole is.</summary>
    public static string Excerpt(string? text, int max) =>
        text is null ? "" : text.Length <= max ? text : string.Concat(text.AsSpan(0, max), $"… ({Number(text.Length)} ký tự)");

    public static string PlanKind(PlanKind kind) => kind switch
    {
        Domain.Plans.PlanKind.Implementation => "Kế hoạch triển khai",
        Domain.Plans.PlanKind.Annual => "Kế hoạch năm",
        Domain.Plans.PlanKind.Review => "Kế hoạch tổng kết",
        Domain.Plans.PlanKind.Emulation => "Kế hoạch phong trào thi đua",
        _ => kind.ToString(),
    };

    public static string PlanStatus(PlanStatus status) => status switch
    {
        Domain.Plans.PlanStatus.Draft => "Dự thảo",
        Domain.Plans.PlanStatus.Active => "Đang thực hiện",
        Domain.Plans.PlanStatus.Completed => "Đã kết thúc",
        _ => status.ToString(),
    };

    public static string Relation(LegalRelation relation) => relation switch
    {
        LegalRelation.Implements => "Thực hiện",
        LegalRelation.Basis => "Căn cứ",
        LegalRelation.Cited => "Văn bản liên quan",
        _ => relation.ToString(),
    };

    public static string Review(ReviewKind? review) => review switch
    {
        ReviewKind.Interim => "Sơ kết",
        ReviewKind.Final => "Tổng kết",
        _ => "",
    };

    public static string TargetKind(TargetKind kind) => TargetKinds.DisplayName(kind);

    public static string Frequency(ReportFrequency frequency) => frequency switch
    {
        ReportFrequency.Annual => "Hằng năm",
        ReportFrequency.Quarterly => "Hằng quý",
        ReportFrequency.Once => "Một lần",
        ReportFrequency.Phase => "Theo giai đoạn (sơ kết, tổng kết)",
        ReportFrequency.OnRequest => "Khi có yêu cầu",
        _ => frequency.ToString(),
    };

    public static string Level(UnitLevel level) => UnitLevels.DisplayName(level);

    public static string AgencyKind(AgencyKind kind) => AgencyKinds.DisplayName(kind);

    public static string TargetValue(TargetKind kind, decimal value, string? unit, RatingScale? rating) => TargetKinds.GoalText(kind, value, unit, rating);

    public static string ReportStatus(ReportStatus status) => status switch
    {
        Domain.Reporting.ReportStatus.Draft => "Nháp",
        Domain.Reporting.ReportStatus.Submitted => "Đã nộp",
        Domain.Reporting.ReportStatus.Returned => "Bị trả lại",
        Domain.Reporting.ReportStatus.Approved => "Đã duyệt",
        Domain.Reporting.ReportStatus.Excused => "Miễn nộp",
        Domain.Reporting.ReportStatus.NotSubmitted => "Không nộp",
    };

    /// <summary>One colour means one status on every page (site.css), always with the text.</summary>
    public static string ReportStatusClass(ReportStatus status) => status switch
    {
        Domain.Reporting.ReportStatus.Submitted => "badge badge-status-submitted",
        Domain.Reporting.ReportStatus.Returned => "badge badge-status-returned",
        Domain.Reporting.ReportStatus.Approved => "badge badge-status-approved",
        Domain.Reporting.ReportStatus.Excused => "badge badge-status-excused",
        Domain.Reporting.ReportStatus.NotSubmitted => "badge badge-status-notsubmitted",
        Domain.Reporting.ReportStatus.Draft => "badge badge-status-draft",
    };

    public static string Progress(TaskProgress progress) => progress switch
    {
        TaskProgress.InProgress => "Đang thực hiện",
        TaskProgress.Completed => "Đã hoàn thành",
        _ => "Chưa triển khai",
    };

    public static string Action(ReportAction action) => action switch
    {
        ReportAction.Saved => "Lưu nháp",
        ReportAction.Submitted => "Nộp báo cáo",
        ReportAction.Returned => "Trả lại",
        ReportAction.Approved => "Duyệt",
        ReportAction.Reopened => "Mở lại",
        ReportAction.AttachmentAdded => "Đính kèm tệp",
        ReportAction.AttachmentRemoved => "Xóa tệp đính kèm",
        _ => action.ToString(),
    };

    public static string FileSize(long bytes) =>
        bytes >= 1024 * 1024 ? (bytes / 1024m / 1024m).ToString("0.#", Vi) + " MB" : Math.Max(1, bytes / 1024).ToString("N0", Vi) + " KB";
}
