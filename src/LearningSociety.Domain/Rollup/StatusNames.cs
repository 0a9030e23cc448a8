namespace LearningSociety.Domain.Rollup;

/// <summary>The Vietnamese names users read for report and task statuses; the one place they are written.</summary>
public static class StatusNames
{
    public static string DisplayName(DerivedTaskStatus status) => status switch
    {
        DerivedTaskStatus.CompletedOnTime => "Hoàn thành đúng hạn",
        DerivedTaskStatus.CompletedLate => "Hoàn thành quá hạn",
        DerivedTaskStatus.InProgressWithinDeadline => "Đang thực hiện trong hạn",
        DerivedTaskStatus.InProgressOverdue => "Đang thực hiện quá hạn",
        _ => "Chưa triển khai",
    };

    public static string DisplayName(TaskProgress progress) => progress switch
    {
        TaskProgress.Completed => "Đã hoàn thành",
        TaskProgress.InProgress => "Đang thực hiện",
        _ => "Chưa triển khai",
    };

    public static string DisplayName(ReportStatus status) => status switch
    {
        ReportStatus.Submitted => "Đã gửi",
        ReportStatus.Returned => "Bị trả lại",
        ReportStatus.Approved => "Đã phê duyệt",
        ReportStatus.Excused => "Miễn nộp",
        ReportStatus.NotSubmitted => "Không nộp",
        ReportStatus.Draft => "Đang soạn thảo",
    };
}
