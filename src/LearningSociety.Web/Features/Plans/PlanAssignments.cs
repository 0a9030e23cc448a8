using LearningSociety.Domain.Documents;
using LearningSociety.Domain.Plans;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Plans;

/// <summary>
/// The plan's appendix "Bảng phân công nhiệm vụ" as rows, shared by the PDF and the workbook so
/// they cannot disagree: a row per section that holds tasks (group rows) and per task, in the
/// document's order and numbering; and a row per target with its values by year or phase.
/// </summary>
public static class PlanAssignments
{
    public const string Title = "BẢNG PHÂN CÔNG NHIỆM VỤ";

    /// <param name="Deadline">The plan's wording; <paramref name="Due"/> the date it resolves to in the report year.</param>
    public sealed record TaskRow(string Number, string Content, bool IsGroup, string Lead, string Cooperating, string Deadline, DateOnly? Due);

    /// <param name="Values">Value by column key of <see cref="ValueKeys"/>.</param>
    public sealed record TargetRow(string Code, string Name, string Kind, string Unit, IReadOnlyDictionary<string, decimal> Values, string ReportedBy);

    public static IReadOnlyList<TaskRow> Tasks(PlanDetailsModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var rows = new List<TaskRow>();
        Walk(model, model.RootItems, rows);
        return rows;
    }

    public static IReadOnlyList<TargetRow> Targets(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Targets.OrderBy(t => t.SortOrder).Select(t => new TargetRow(
            t.Code,
            t.Name,
            Display.TargetKind(t.Kind),
            t.UnitOfMeasure ?? "",
            t.Values.GroupBy(Key).ToDictionary(g => g.Key, g => g.First().Value),
            t.ReportedByAgencies ? "Cơ quan, đơn vị" : t.ReportedByLevel is { } level ? Display.Level(level) : ""))];
    }

    /// <summary>The years and phases any target has a value for: years in order, then phases.</summary>
    public static IReadOnlyList<string> ValueKeys(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var values = plan.Targets.SelectMany(t => t.Values).ToList();
        return [.. values.Where(v => v.Year is not null).Select(v => v.Year!.Value).Distinct().Order().Select(y => "Năm " + y.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            .. values.Where(v => v.Year is null && v.PhaseName is not null).Select(v => v.PhaseName!).Distinct()];
    }

    /// <summary>"Kèm theo Kế hoạch số 129/KH-UBND ngày 02/06/2020 của Ủy ban nhân dân tỉnh Long An".</summary>
    public static string Attached(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var date = plan.IssuedOnDayKnown ? "ngày " + Display.Date(plan.IssuedOn) : "tháng " + plan.IssuedOn.ToString("MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return $"Kèm theo Kế hoạch số {plan.DocumentNumber} {date} của {plan.Issuer?.Name}";
    }

    /// <summary>The date line of the plan itself; a plan signed without a day keeps the blank the document left.</summary>
    public static string PlaceAndDate(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var place = plan.IssuedPlace ?? OfficialIssuer.PlaceOf(plan.Unit?.Name ?? "");
        if (plan.IssuedOnDayKnown)
        {
            return OfficialDate.PlaceAndDate(place, plan.IssuedOn);
        }

        var month = plan.IssuedOn.Month.ToString(plan.IssuedOn.Month <= 2 ? "00" : "0", System.Globalization.CultureInfo.InvariantCulture);
        return $"{place}, ngày      tháng {month} năm {plan.IssuedOn.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    public static string DeadlineText(TaskRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Due is { } due && row.Deadline.Length > 0 ? $"{row.Deadline} ({Display.Date(due)})" : row.Deadline;
    }

    public static string ValuesText(TargetRow row) =>
        string.Join("; ", row.Values.Select(v => $"{v.Key}: {Display.Number(v.Value)}"));

    private static string Key(TargetValue value) =>
        value.Year is { } y ? "Năm " + y.ToString(System.Globalization.CultureInfo.InvariantCulture) : value.PhaseName ?? "";

    /// <summary>True when the item or anything below it is a task.</summary>
    private static bool HoldsTasks(PlanItem item) => item.IsTask || item.Children.Any(HoldsTasks);

    private static void Walk(PlanDetailsModel model, IEnumerable<PlanItem> items, List<TaskRow> rows)
    {
        foreach (var item in items.Where(HoldsTasks).OrderBy(i => i.SortOrder))
        {
            var content = !string.IsNullOrWhiteSpace(item.Title) ? item.Title! : item.Text ?? "";
            if (!item.IsTask)
            {
                rows.Add(new TaskRow(item.Number, content, true, "", "", "", null));
            }
            else
            {
                var rule = item.Deadline?.ToRule();
                rows.Add(new TaskRow(item.Number, content, false, Agencies(item, AssignmentRole.Lead), Agencies(item, AssignmentRole.Cooperating),
                    rule?.Text ?? "", rule?.DueDateFor(model.ReportYear, model.Phases)));
            }

            Walk(model, item.Children, rows);
        }
    }

    private static string Agencies(PlanItem item, AssignmentRole role) =>
        string.Join("; ", item.Assignments.Where(a => a.Role == role).Select(a => a.Agency?.Name ?? ""));
}
