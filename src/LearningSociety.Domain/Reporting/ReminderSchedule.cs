using LearningSociety.Domain.Deadlines;

namespace LearningSociety.Domain.Reporting;

/// <summary>
/// Which deadlines are reminded on a given Vietnam day, and what the reminder says. Only the day's
/// own kinds exist: a portal that was down on the exact day does not catch up with stale reminders.
/// </summary>
public static class ReminderSchedule
{
    /// <summary>Days from today to the deadline, per kind (negative: the deadline has passed).</summary>
    public static readonly IReadOnlyList<(ReminderKind Kind, int DaysAhead)> Offsets =
    [
        (ReminderKind.D7, 7),
        (ReminderKind.D3, 3),
        (ReminderKind.D1, 1),
        (ReminderKind.Overdue1, -1),
    ];

    /// <summary>The reminder due on <paramref name="today"/> for a deadline, or null.</summary>
    public static ReminderKind? KindOn(DateOnly deadline, DateOnly today)
    {
        var days = deadline.DayNumber - today.DayNumber;
        foreach (var (kind, ahead) in Offsets)
        {
            if (ahead == days)
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The deadlines that get a reminder on the Vietnam day of <paramref name="clock"/>'s now.</summary>
    public static IReadOnlyDictionary<DateOnly, ReminderKind> DueOn(TimeProvider clock) => DueOn(VietnamTime.Today(clock));

    public static IReadOnlyDictionary<DateOnly, ReminderKind> DueOn(DateOnly today) =>
        Offsets.ToDictionary(o => today.AddDays(o.DaysAhead), o => o.Kind);

    /// <summary>The stable code used in a notification's key: d7, d3, d1, overdue1.</summary>
    public static string Code(ReminderKind kind) => kind switch
    {
        ReminderKind.D7 => "d7",
        ReminderKind.D3 => "d3",
        ReminderKind.D1 => "d1",
        _ => "overdue1",
    };

    public static string Key(int reportId, ReminderKind kind, string userId) => $"reminder:{reportId}:{Code(kind)}:{userId}";

    /// <summary>"Còn 3 ngày đến hạn nộp báo cáo Năm 2024 — Kế hoạch 770/KH-UBND".</summary>
    public static string Title(ReminderKind kind, string periodName, string planNumber)
    {
        var subject = $"báo cáo {periodName} — Kế hoạch {planNumber}";
        return kind switch
        {
            ReminderKind.D7 => $"Còn 7 ngày đến hạn nộp {subject}",
            ReminderKind.D3 => $"Còn 3 ngày đến hạn nộp {subject}",
            ReminderKind.D1 => $"Còn 1 ngày đến hạn nộp {subject}",
            _ => $"Báo cáo {periodName} — Kế hoạch {planNumber} đã quá hạn 1 ngày",
        };
    }
}
