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

    public static IEnumerable<Problem> Target(string field, TargetKind kind, ReportTargetValue value)
    {
        switch (kind)
        {
            case TargetKind.Percentage:
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
                    yield return new(field, string.Create(CultureInfo.GetCultureInfo("vi-VN"),
                        $"Tử số ({value.Numerator:N0}) không được lớn hơn mẫu số ({value.Denominator:N0})."));
                }

                break;
            case TargetKind.Count when value.Count < 0:
                yield return new(field, "Số lượng không được âm.");
                break;
            case TargetKind.Level when value.Level is < 0 or > 10:
                yield return new(field, "Mức độ phải từ 0 đến 10.");
                break;
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

    /// <summary>Only checked at submission: a draft may be saved half-written.</summary>
    public static IEnumerable<Problem> ForSubmission(IEnumerable<(string Field, ReportNarrative Narrative)> narratives) =>
        narratives.Where(n => n.Narrative.Required && string.IsNullOrWhiteSpace(n.Narrative.Text))
            .Select(n => new Problem(n.Field, $"Mục “{n.Narrative.Title}” là bắt buộc khi nộp báo cáo."));
}
