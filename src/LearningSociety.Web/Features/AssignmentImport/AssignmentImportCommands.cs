using LearningSociety.Domain.Reporting;
using System.Globalization;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Importing;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Text;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Importing;
using LearningSociety.Web.Features.PlanEditor;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.AssignmentImport;

/// <summary>
/// Applies the rows of an import workbook to a plan through the editor's change runner, so the
/// preview, the confirm, the amending document and the history work as for any other change.
/// A row that names a task or an agency the portal cannot find is left out and reported by row.
/// </summary>
public sealed class AssignmentImportCommands(AppDbContext db, PlanChangeRunner runner, TaskCommands tasks)
{
    public async Task<(ChangeResult Result, IReadOnlyList<ImportIssue> Issues)> RunAsync(
        int planId, AssignmentImportPayload payload, ChangeInput input, UserScope user, CancellationToken ct)
    {
        var issues = new List<ImportIssue>();
        var result = await runner.RunAsync(planId, input, user, AuditAction.PlanImportWorkbook, async change =>
        {
            issues.Clear();
            issues.AddRange(payload.Issues);
            var names = await NamesAsync(change.Plan, ct);
            foreach (var row in payload.Tasks)
            {
                ApplyTask(change, row, names, issues);
            }

            foreach (var row in payload.Targets)
            {
                ApplyTarget(change, row, issues);
            }
        }, ct);
        return (result, [.. issues.OrderBy(i => i.Location.Contains(AssignmentWorkbook.TargetsSheet, StringComparison.Ordinal)).ThenBy(i => i.Line ?? 0)]);
    }

    private void ApplyTask(ChangeContext change, AssignmentImportTask row, AgencyNameIndex names, List<ImportIssue> issues)
    {
        var plan = change.Plan;
        var number = row.Number.Trim();
        var item = number.Length > 0
            ? plan.Items.FirstOrDefault(i => string.Equals(i.Number, number, StringComparison.Ordinal))
                ?? plan.Items.FirstOrDefault(i => string.Equals(VietnameseText.Fold(i.Number), VietnameseText.Fold(number), StringComparison.Ordinal))
            : plan.Items.FirstOrDefault(i => SameText(i.Title, row.Task) || SameText(i.Text, row.Task));
        if (item is null)
        {
            issues.Add(TaskIssue(row, number.Length > 0
                ? $"không tìm thấy nhiệm vụ số “{number}” trong kế hoạch; dòng này chưa được áp dụng."
                : $"không tìm thấy nhiệm vụ “{ChangeText.Shorten(row.Task, 80)}” trong kế hoạch (hãy ghi số hiệu mục); dòng này chưa được áp dụng."));
            return;
        }

        var lead = Resolve(row, row.Lead, names, issues);
        var cooperating = Resolve(row, row.Cooperating, names, issues);
        var ended = (lead is null ? [] : TaskCommands.Refusals(item, AssignmentRole.Lead, lead, plan.IssuedOn))
            .Concat(cooperating is null ? [] : TaskCommands.Refusals(item, AssignmentRole.Cooperating, cooperating, plan.IssuedOn))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (ended.Count > 0)
        {
            issues.Add(TaskIssue(row, string.Join(" ", ended) + " Dòng này chưa được áp dụng."));
            return;
        }

        DeadlineRule? deadline = null;
        if (row.DeadlineText is { } text)
        {
            deadline = DeadlineParser.Parse(text);
            if (deadline is { Kind: DeadlineKind.PhaseEnd } rule && plan.Phases.All(p => !SamePhase(p.Name, rule.PhaseName!)))
            {
                issues.Add(TaskIssue(row, $"kế hoạch không có giai đoạn “{rule.PhaseName}” mà thời hạn nhắc tới; thời hạn chưa được đổi."));
                deadline = null;
            }
        }

        if (lead is null || cooperating is null)
        {
            return;
        }

        var both = lead.Intersect(cooperating).Select(a => a.Name).ToList();
        if (both.Count > 0)
        {
            issues.Add(TaskIssue(row, "một cơ quan không thể vừa chủ trì vừa phối hợp: " + string.Join("; ", both) + "; dòng này chưa được áp dụng."));
            return;
        }

        var label = ChangeText.Item(item);
        if (lead.Count > 0)
        {
            tasks.Assign(change, item, AssignmentRole.Lead, lead, label);
        }

        tasks.Assign(change, item, AssignmentRole.Cooperating, cooperating, label);
        if (deadline is not null)
        {
            TaskCommands.SetDeadline(change, label, item.Deadline, Deadline.From(deadline), d => item.Deadline = d);
        }

        if (!item.IsTask)
        {
            change.Line($"Đánh dấu {ChangeText.Item(item)} là nhiệm vụ");
            item.IsTask = true;
        }
    }

    private static List<Domain.Agencies.Agency>? Resolve(AssignmentImportTask row, List<string> written, AgencyNameIndex names, List<ImportIssue> issues)
    {
        var found = new List<Domain.Agencies.Agency>();
        var missing = new List<string>();
        foreach (var name in written)
        {
            if (names.Find(name) is { } agency)
            {
                if (!found.Contains(agency))
                {
                    found.Add(agency);
                }
            }
            else
            {
                missing.Add(name);
            }
        }

        if (missing.Count == 0)
        {
            return found;
        }

        issues.Add(TaskIssue(row, "không tìm thấy cơ quan " + string.Join("; ", missing.Select(m => "“" + m + "”"))
            + " trong danh mục (hãy ghi đúng tên, hoặc thêm cơ quan trong trình soạn thảo); dòng này chưa được áp dụng."));
        return null;
    }

    private static void ApplyTarget(ChangeContext change, TargetRow row, List<ImportIssue> issues)
    {
        var plan = change.Plan;
        if (row.Value is { } v && TargetKinds.GoalProblem(row.Kind, v) is { } problem)
        {
            issues.Add(TargetIssue(row, $"giá trị {Display.Number(v)} nằm ngoài khoảng cho phép ({problem}); dòng này chưa được áp dụng."));
            return;
        }

        var (level, byAgencies) = row.ReportedBy switch
        {
            "agency" => ((UnitLevel?)null, true),
            { } code => (UnitLevels.Parse(code), false),
            _ => ((UnitLevel?)null, false),
        };
        var target = plan.Targets.FirstOrDefault(t => string.Equals(t.Code, row.Code.Trim(), StringComparison.OrdinalIgnoreCase));
        var value = row.Value is { } x && row.Year is { } y ? new TargetValue { Year = y, Value = x } : null;
        if (target is null)
        {
            target = new Target
            {
                Code = row.Code.Trim(), Name = row.Name, Kind = row.Kind, UnitOfMeasure = row.UnitOfMeasure,
                NumeratorDefinition = row.Numerator, DenominatorDefinition = row.Denominator, ReportedByLevel = level, ReportedByAgencies = byAgencies,
                SortOrder = plan.Targets.Count == 0 ? 0 : plan.Targets.Max(t => t.SortOrder) + 1,
            };
            if (value is not null)
            {
                target.Values.Add(value);
            }

            plan.Targets.Add(target);
            change.Line($"Thêm chỉ tiêu {target.Code}: {ChangeText.Quote(row.Name)} ({Display.TargetKind(row.Kind)})"
                + (value is null ? "" : $", năm {Year(value.Year)} cần đạt {Display.TargetValue(row.Kind, value.Value, row.UnitOfMeasure, target.Scale())}"));
            return;
        }

        var label = "chỉ tiêu " + target.Code;
        ChangeText.Compare(change, "tên " + label, target.Name, row.Name);
        ChangeText.Compare(change, "loại " + label, Display.TargetKind(target.Kind), Display.TargetKind(row.Kind));
        target.Name = row.Name;
        target.Kind = row.Kind;
        if (row.UnitOfMeasure is not null)
        {
            ChangeText.Compare(change, "đơn vị tính " + label, target.UnitOfMeasure, row.UnitOfMeasure);
            target.UnitOfMeasure = row.UnitOfMeasure;
        }

        if (row.Numerator is not null)
        {
            ChangeText.Compare(change, "tử số " + label, target.NumeratorDefinition, row.Numerator);
            target.NumeratorDefinition = row.Numerator;
        }

        if (row.Denominator is not null)
        {
            ChangeText.Compare(change, "mẫu số " + label, target.DenominatorDefinition, row.Denominator);
            target.DenominatorDefinition = row.Denominator;
        }

        if (row.ReportedBy is not null && (target.ReportedByLevel != level || target.ReportedByAgencies != byAgencies))
        {
            change.Line($"Sửa nơi báo cáo {label}: {Reporter(target.ReportedByLevel, target.ReportedByAgencies)} → {Reporter(level, byAgencies)}");
            target.ReportedByLevel = level;
            target.ReportedByAgencies = byAgencies;
        }

        if (value is null)
        {
            return;
        }

        if (target.Values.FirstOrDefault(t => t.Year == value.Year && t.PhaseName is null) is { } existing)
        {
            if (existing.Value != value.Value)
            {
                change.Line($"Sửa giá trị {label} năm {Year(value.Year)}: {Display.TargetValue(target.Kind, existing.Value, target.UnitOfMeasure, target.Scale())} → "
                    + Display.TargetValue(target.Kind, value.Value, target.UnitOfMeasure, target.Scale()));
                existing.Value = value.Value;
            }
        }
        else
        {
            change.Line($"Thêm giá trị {label} năm {Year(value.Year)}: {Display.TargetValue(target.Kind, value.Value, target.UnitOfMeasure, target.Scale())}");
            target.Values.Add(value);
        }
    }

    /// <summary>
    /// Agencies of the plan's unit, the units above and the units inside it, nearest first; a body
    /// that ended before the plan's issue date comes after every body that still existed then. An
    /// ended body whose successor is among them is found too, so a workbook that still writes its name
    /// is told who took over rather than "not found".
    /// </summary>
    private async Task<AgencyNameIndex> NamesAsync(Plan plan, CancellationToken ct)
    {
        var path = plan.Unit!.Path;
        var above = UnitPath.Ids(path).ToList();
        var agencies = await db.Agencies.Include(a => a.Unit).Include(a => a.Successor)
            .Where(a => a.Unit!.Path.StartsWith(path) || above.Contains(a.UnitId)
                || (a.Successor != null && (a.Successor.Unit!.Path.StartsWith(path) || above.Contains(a.Successor.UnitId))))
            .ToListAsync(ct);
        return new AgencyNameIndex(agencies.Select(a => (a, (a.ValidTo < plan.IssuedOn ? EndedRank : 0) + (a.UnitId == plan.UnitId ? 0
            : above.Contains(a.UnitId) ? above.Count - above.IndexOf(a.UnitId) : 100 + UnitPath.Depth(a.Unit!.Path)))));
    }

    private const int EndedRank = 10_000;

    private static string Reporter(UnitLevel? level, bool byAgencies) =>
        byAgencies ? "các cơ quan" : level is { } l ? "cấp " + Display.Level(l).ToLower(CultureInfo.GetCultureInfo("vi-VN")) : "không nêu";

    private static ImportIssue TaskIssue(AssignmentImportTask row, string message) =>
        new($"Trang tính “{AssignmentWorkbook.TasksSheet}”, dòng {Year(row.Row)}", message, row.Row);

    private static ImportIssue TargetIssue(TargetRow row, string message) =>
        new($"Trang tính “{AssignmentWorkbook.TargetsSheet}”, dòng {Year(row.Row)}", message, row.Row);

    private static bool SameText(string? a, string b) =>
        a is not null && string.Equals(VietnameseText.Fold(a).Trim(), VietnameseText.Fold(b).Trim(), StringComparison.Ordinal);

    private static bool SamePhase(string a, string b) =>
        string.Equals(VietnameseText.Fold(a), VietnameseText.Fold(b), StringComparison.Ordinal);

    private static string Year(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "";
}
