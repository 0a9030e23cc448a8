using System.Globalization;
using LearningSociety.Domain.Plans;

namespace LearningSociety.Domain.Reporting;

/// <summary>
/// Checks of what a reporter typed. Each problem names the field it belongs to so the form can
/// show it beside that field; messages are what a commune officer reads.
/// </summary>
public static class ReportValidation
{
    public sealed record Problem(string Field, string Message);

    /// <summary>
    /// The largest head count or number of units one report may give: above the population of the
    /// largest province (about 14 million), so a real figure always fits and a slip of the keyboard
    /// (10^20) does not. Below 2^53, so every figure is also exact in a spreadsheet.
    /// </summary>
    public const decimal MaxFigure = 20_000_000m;

    /// <summary>
    /// The longest narrative section ("nội dung báo cáo") a report may hold, in characters with a
    /// line break counted as one, as the form's counter counts them: six or seven typed pages, which
    /// a section of a periodic report does not need (details go in an attachment), and well
    /// inside what one spreadsheet cell holds.
    /// </summary>
    public const int MaxNarrativeLength = 20_000;

    /// <summary>
    /// The longest "Kết quả thực hiện" or "Khó khăn, vướng mắc" of one task: about a typed page, as a
    /// task's lines in a report are short (the narrative sections hold the rest).
    /// </summary>
    public const int MaxTaskTextLength = 4_000;

    /// <summary>The longest "Ghi chú, nguồn số liệu" of one target: a source and a remark (the column holds 1,000).</summary>
    public const int MaxTargetNoteLength = 1_000;

    /// <summary>The longest comment a reviewer gives when returning or reopening a report: a few paragraphs.</summary>
    public const int MaxReviewCommentLength = 2_000;

    public const int MinLevel = 0;
    public const int MaxLevel = 10;

    /// <summary>Checks one typed figure before it is stored: a whole number within the limit.</summary>
    public static string? Figure(decimal? value, string what) => value switch
    {
        null => null,
        < 0 => $"{what} không được âm.",
        > MaxFigure => string.Create(Vi, $"{what} ({value:N0}) vượt quá giới hạn {MaxFigure:N0} của một báo cáo; hãy kiểm tra lại số đã gõ."),
        { } v when v != decimal.Truncate(v) => $"{what} đếm người hoặc đơn vị nên phải là số nguyên (đã nhập {v.ToString(Vi)}).",
        _ => null,
    };

    public static string? LevelFigure(decimal? value) =>
        value is { } v && (v < MinLevel || v > MaxLevel || v != decimal.Truncate(v))
            ? $"Mức độ phải là số nguyên từ {MinLevel} đến {MaxLevel} (đã nhập {v.ToString(Vi)})."
            : null;

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static IEnumerable<Problem> Target(string field, TargetKind kind, ReportTargetValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return kind switch
        {
            TargetKind.Percentage => Ratio(field, value),
            TargetKind.Count => value.Count < 0 ? [new(field, "Số lượng không được âm.")] : [],
            TargetKind.Level => value.Level is < MinLevel or > MaxLevel ? [new(field, $"Mức độ phải từ {MinLevel} đến {MaxLevel}.")] : [],
            TargetKind.UnitsReaching or TargetKind.YesNo or TargetKind.RatingDistribution => [],
        };
    }

    private static IEnumerable<Problem> Ratio(string field, ReportTargetValue value)
    {
        if (value.Numerator is null != value.Denominator is null)
        {
            yield return new(field, "Nhập cả tử số và mẫu số (hoặc để trống cả hai).");
        }

        if (value.Numerator < 0 || value.Denominator < 0)
        {
            yield return new(field, "Tử số và mẫu số không được âm.");
        }
        else if (value.Denominator == 0 && value.Numerator is not null)
        {
            yield return new(field, "Mẫu số phải lớn hơn 0.");
        }
        else if (value.Numerator > value.Denominator)
        {
            yield return new(field, string.Create(Vi, $"Tử số ({value.Numerator:N0}) không được lớn hơn mẫu số ({value.Denominator:N0})."));
        }
    }

    public static IEnumerable<Problem> Task(string field, ReportTaskEntry entry)
    {
        if (entry.Percent is < 0 or > 100)
        {
            yield return new(field, $"Tiến độ phải từ 0 đến 100% (đã nhập {entry.Percent}%).");
        }

        if (entry.Progress == TaskProgress.Completed && entry.Percent is not null and < 100)
        {
            yield return new(field, "Nhiệm vụ đã hoàn thành thì tiến độ là 100%.");
        }
    }

    /// <summary>Characters as the reporter sees them: a line break is one, whatever the browser sent.</summary>
    public static int NarrativeLength(string? text) => text is null ? 0 : text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Length;

    /// <summary>Checked on every save, a draft too: a section over the limit is refused whole, never cut.</summary>
    public static Problem? Narrative(string field, string title, string? text) =>
        NarrativeLength(text) is var length && length > MaxNarrativeLength
            ? new(field, string.Create(Vi, $"Mục “{title}” dài {length:N0} ký tự, vượt giới hạn {MaxNarrativeLength:N0} ký tự của một mục; hãy rút gọn (phần chi tiết có thể gửi trong tệp đính kèm)."))
            : null;

    /// <summary>A short text of a task or a target over its limit: refused whole on every save, never cut.</summary>
    public static Problem? Text(string field, string label, string? text, int max) =>
        NarrativeLength(text) is var length && length > max
            ? new(field, string.Create(Vi, $"“{label}” dài {length:N0} ký tự, vượt giới hạn {max:N0} ký tự; hãy rút gọn (phần chi tiết có thể viết ở mục nội dung hoặc gửi trong tệp đính kèm)."))
            : null;

    /// <summary>Only checked at submission: a draft may be saved half-written.</summary>
    public static IEnumerable<Problem> ForSubmission(IEnumerable<(string Field, ReportNarrative Narrative)> narratives) =>
        narratives.Where(n => n.Narrative.Required && string.IsNullOrWhiteSpace(n.Narrative.Text))
            .Select(n => new Problem(n.Field, $"Mục “{n.Narrative.Title}” là bắt buộc khi nộp báo cáo."));
}
