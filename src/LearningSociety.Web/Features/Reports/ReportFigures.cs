using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Rollup;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Reports;

/// <summary>A report's tasks and targets as both downloads print them: typed numbers read back, a status derived as the roll-up derives it.</summary>
public static class ReportFigures
{
    public sealed record TaskLine(string Number, string Task, string Role, string Deadline, string Status, int? Percent, string Result);

    public sealed record TargetLine(string Code, string Name, decimal? Numerator, decimal? Denominator, decimal? Count, string Value, string Goal, string? Note);

    public static IEnumerable<TaskLine> Tasks(ReportFormModel form)
    {
        ArgumentNullException.ThrowIfNull(form);
        foreach (var t in form.Tasks)
        {
            var percent = int.TryParse(t.Percent, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p
                : t.Progress == Domain.Reporting.TaskProgress.Completed ? 100 : (int?)null;
            DayText.TryParse(t.CompletedOn, out var completedOn); // the form model holds a saved, valid day
            var status = TaskStatusRule.Derive(TaskReport.From(t.Progress), completedOn, t.Due, form.Today);
            var result = string.IsNullOrWhiteSpace(t.Difficulties) ? t.Done ?? "" : $"{t.Done}\nKhó khăn: {t.Difficulties}".TrimStart('\n');
            yield return new TaskLine(t.Number, t.Title ?? t.Text ?? "", t.Role == AssignmentRole.Lead ? "Chủ trì" : "Phối hợp",
                (t.DeadlineText ?? "") + (t.Due is { } due ? " (" + Display.Date(due) + ")" : ""), StatusNames.DisplayName(status), percent, result);
        }
    }

    public static IEnumerable<TargetLine> Targets(ReportFormModel form)
    {
        ArgumentNullException.ThrowIfNull(form);
        foreach (var t in form.Targets)
        {
            var numerator = Number(t.Numerator);
            var denominator = Number(t.Denominator);
            var count = Number(t.Count);
            var value = t.Kind switch
            {
                TargetKind.Percentage when numerator is { } n && denominator is > 0 => FigurePercent(n / denominator.Value * 100),
                TargetKind.Percentage => "",
                TargetKind.UnitsReaching or TargetKind.YesNo => t.Reached is { } reached ? TargetKinds.Reached(t.Kind, reached) : "",
                TargetKind.Count => count is { } c ? Display.Number(c) + (string.IsNullOrEmpty(t.UnitOfMeasure) ? "" : " " + t.UnitOfMeasure) : "",
                TargetKind.Level => string.IsNullOrEmpty(t.Level) ? "" : "Mức độ " + t.Level,
                TargetKind.RatingDistribution => t.Rating is { } scale && t.Ratings.All(r => Number(r) is not null)
                    ? scale.Breakdown([.. t.Ratings.Select(r => Number(r)!.Value)], Display.Number) : "",
            };
            var goal = t.TargetValue is { } g ? Display.TargetValue(t.Kind, g, t.UnitOfMeasure, t.Rating) : "";
            yield return new TargetLine(t.Code, t.Name, numerator, denominator, count, value, goal, t.Note);
        }
    }

    /// <summary>
    /// What a form built from the database holds, read as the downloads read it, keyed like the conflict panel
    /// (<see cref="ReportFormModel.ConflictInfo.TheirValues"/>): "Đạt", "Có", "Tốt 12 · Khá 30 …", never "True".
    /// </summary>
    public static IReadOnlyDictionary<string, string> Saved(ReportFormModel form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in form.Tasks)
        {
            values[$"task:{t.PlanItemId}"] = Joined(Display.Progress(t.Progress), string.IsNullOrEmpty(t.Percent) ? null : t.Percent + "%", t.Done);
        }

        foreach (var (row, line) in form.Targets.Zip(Targets(form)))
        {
            var figure = row.Kind == TargetKind.Percentage && line.Numerator is { } n && line.Denominator is { } d
                ? $"{Display.Number(n)}/{Display.Number(d)} ({line.Value})" : line.Value;
            values[$"target:{row.TargetId}"] = Joined(figure, line.Note);
        }

        foreach (var n in form.Narratives)
        {
            values[$"narrative:{n.Number}"] = n.Text ?? "";
        }

        return values;
    }

    private static string Joined(params string?[] parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static decimal? Number(string? text) => NumberInput.TryParse(text, out var value) ? value : null;

    private static string FigurePercent(decimal value) => Consolidated.FigureText.Percent(value);
}
