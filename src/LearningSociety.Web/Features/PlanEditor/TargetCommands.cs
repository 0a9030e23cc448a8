using LearningSociety.Domain.Reporting;
using System.Globalization;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Reports;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>A plan's quantitative targets and the values they must reach.</summary>
public sealed class TargetCommands(AppDbContext db, PlanChangeRunner runner)
{
    public Task<ChangeResult> SaveAsync(int planId, int? targetId, TargetInput input, UserScope user, CancellationToken ct) =>
        runner.RunAsync(planId, input, user, AuditAction.PlanTarget, change =>
        {
            var plan = change.Plan;
            var target = targetId is { } id ? plan.Targets.FirstOrDefault(t => t.Id == id) : null;
            if (targetId is not null && target is null)
            {
                change.NotFound = true;
                return Task.CompletedTask;
            }

            var code = ChangeText.Clean(input.Code);
            if (code is null)
            {
                change.Problem(nameof(input.Code), "Nhập mã chỉ tiêu, ví dụ CT1.");
            }
            else if (code.Length > 32)
            {
                change.Problem(nameof(input.Code), "Mã chỉ tiêu dài quá 32 ký tự.");
            }
            else if (plan.Targets.Any(t => t != target && string.Equals(t.Code, code, StringComparison.Ordinal)))
            {
                change.Problem(nameof(input.Code), $"Mã “{code}” đã dùng cho một chỉ tiêu khác của kế hoạch.");
            }

            var name = ChangeText.Clean(input.Name);
            if (name is null)
            {
                change.Problem(nameof(input.Name), "Nhập tên chỉ tiêu.");
            }
            else if (name.Length > 500)
            {
                change.Problem(nameof(input.Name), "Tên chỉ tiêu dài quá 500 ký tự: phần giải thích hãy ghi vào ô Nội dung.");
            }

            var section = ChangeText.Clean(input.SectionNumber);
            if (section is not null && plan.Items.All(i => i.Number != section))
            {
                change.Problem(nameof(input.SectionNumber), $"Kế hoạch không có mục số “{section}”.");
            }

            var kind = Enum.IsDefined(input.Kind) ? input.Kind : TargetKind.Count;
            var (level, byAgencies) = ReportedBy(input.ReportedBy);
            var values = ReadValues(input.Values, kind, [.. plan.Phases.Select(p => p.Name)], change);
            // The levels' length is limited on the form model whatever the kind (TargetInput).
            var rating = kind == TargetKind.RatingDistribution ? ReadScale(input, change) : null;
            if (change.Problems.Count > 0)
            {
                return Task.CompletedTask;
            }

            var unit = ChangeText.Clean(input.UnitOfMeasure);
            var numerator = ChangeText.Clean(input.NumeratorDefinition);
            var denominator = ChangeText.Clean(input.DenominatorDefinition);
            var text = ChangeText.Clean(input.Text);
            if (target is null)
            {
                target = new Target { Code = code!, Name = name!, SortOrder = plan.Targets.Count == 0 ? 0 : plan.Targets.Max(t => t.SortOrder) + 1 };
                plan.Targets.Add(target);
                change.Line($"Thêm chỉ tiêu {code}: {ChangeText.Quote(name)} ({Display.TargetKind(kind)})"
                    + (values.Count == 0 ? "" : ", cần đạt " + string.Join("; ", values.Select(v => Value(kind, v, unit, rating)))));
            }
            else
            {
                var label = "chỉ tiêu " + target.Code;
                ChangeText.Compare(change, "mã " + label, target.Code, code);
                ChangeText.Compare(change, "tên " + label, target.Name, name);
                ChangeText.Compare(change, "nội dung " + label, target.Text, text);
                ChangeText.Compare(change, "mục gắn với " + label, target.SectionNumber, section);
                ChangeText.Compare(change, "loại " + label, Display.TargetKind(target.Kind), Display.TargetKind(kind));
                ChangeText.Compare(change, "đơn vị tính " + label, target.UnitOfMeasure, unit);
                ChangeText.Compare(change, "tử số " + label, target.NumeratorDefinition, numerator);
                ChangeText.Compare(change, "mẫu số " + label, target.DenominatorDefinition, denominator);
                ChangeText.Compare(change, "nơi báo cáo " + label, Reporter(target.ReportedByLevel, target.ReportedByAgencies), Reporter(level, byAgencies));
                ChangeText.Compare(change, "mức xếp loại " + label, Levels(target.Scale()), Levels(rating));
                CompareValues(change, label, target, kind, unit, rating, values);
            }

            target.Code = code!;
            target.Name = name!;
            target.Text = text;
            target.SectionNumber = section;
            target.Kind = kind;
            target.UnitOfMeasure = unit;
            target.NumeratorDefinition = numerator;
            target.DenominatorDefinition = denominator;
            target.ReportedByLevel = level;
            target.ReportedByAgencies = byAgencies;
            target.RatingLevels = rating?.Store();
            target.Values.RemoveAll(v => !values.Any(n => n.Year == v.Year && n.PhaseName == v.PhaseName));
            foreach (var value in values)
            {
                if (target.Values.FirstOrDefault(v => v.Year == value.Year && v.PhaseName == value.PhaseName) is { } existing)
                {
                    existing.Value = value.Value;
                }
                else
                {
                    target.Values.Add(value);
                }
            }

            return Task.CompletedTask;
        }, ct);

    public Task<ChangeResult> DeleteAsync(int planId, int targetId, ChangeInput input, UserScope user, CancellationToken ct) =>
        runner.RunAsync(planId, input, user, AuditAction.PlanTarget, async change =>
        {
            var target = change.Plan.Targets.FirstOrDefault(t => t.Id == targetId);
            if (target is null)
            {
                change.NotFound = true;
                return;
            }

            if (await RefusalAsync(target, ct) is { } refusal)
            {
                change.Refusal = refusal;
                return;
            }

            change.Plan.Targets.Remove(target);
            db.Targets.Remove(target);
            change.Line($"Xóa chỉ tiêu {target.Code}: {ChangeText.Quote(target.Name)}");
        }, ct);

    public async Task<string?> RefusalAsync(Target target, CancellationToken ct)
    {
        var reported = await db.ReportTargetValues.CountAsync(v => v.TargetId == target.Id, ct);
        return reported == 0 ? null
            : $"Không xóa được chỉ tiêu {target.Code}: đã có {reported.ToString(CultureInfo.InvariantCulture)} báo cáo ghi số liệu cho chỉ tiêu này. "
                + "Nếu văn bản sửa đổi thay chỉ tiêu, hãy sửa giá trị cần đạt thay vì xóa.";
    }

    public static string Reporter(UnitLevel? level, bool agencies) =>
        agencies ? "các cơ quan, đơn vị" : level is { } l ? "các đơn vị " + Display.Level(l).ToLower(Setup.PortalServices.Vietnamese) : "";

    private static (UnitLevel? Level, bool Agencies) ReportedBy(string? value) =>
        string.Equals(value, "agencies", StringComparison.OrdinalIgnoreCase) ? (null, true) : (UnitLevels.Parse(value), false);

    private static List<TargetValue> ReadValues(List<TargetValueInput> rows, TargetKind kind, IReadOnlyList<string> phases, ChangeContext change)
    {
        var values = new List<TargetValue>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsEmpty)
            {
                continue;
            }

            var field = $"Values[{i}]";
            int? year = null;
            string? phase = null;
            if (!string.IsNullOrWhiteSpace(row.Year))
            {
                if (int.TryParse(row.Year.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) && y is >= 1945 and <= 2100)
                {
                    year = y;
                }
                else
                {
                    change.Problem(field + ".Year", $"“{row.Year}” không phải là một năm hợp lệ.");
                }
            }

            if (!string.IsNullOrWhiteSpace(row.Phase))
            {
                phase = phases.FirstOrDefault(p => p == row.Phase.Trim());
                if (phase is null)
                {
                    change.Problem(field + ".Phase", "Chọn giai đoạn trong danh sách.");
                }
            }

            if (string.IsNullOrWhiteSpace(row.Year) == string.IsNullOrWhiteSpace(row.Phase))
            {
                change.Problem(field + ".Year", "Ghi năm hoặc chọn giai đoạn (một trong hai) cho giá trị này.");
            }

            if (!NumberInput.TryParse(row.Value, out var parsed) || parsed is null)
            {
                change.Problem(field + ".Value", string.IsNullOrWhiteSpace(row.Value) ? "Nhập giá trị cần đạt." : $"“{row.Value}” không phải là số.");
                continue;
            }

            var value = parsed.Value;
            if (TargetKinds.GoalProblem(kind, value) is { } problem)
            {
                change.Problem(field + ".Value", problem);
                continue;
            }

            if (values.Any(v => v.Year == year && v.PhaseName == phase))
            {
                change.Problem(field + ".Year", "Mốc này đã có giá trị ở dòng trên.");
                continue;
            }

            values.Add(new TargetValue { Year = year, PhaseName = phase, Value = value });
        }

        return values;
    }

    /// <param name="rating">The scale the target will have (its stored one is still on <paramref name="target"/>).</param>
    private static void CompareValues(ChangeContext change, string label, Target target, TargetKind kind, string? unit, RatingScale? rating, List<TargetValue> values)
    {
        var was = target.Scale();
        foreach (var old in target.Values)
        {
            var now = values.FirstOrDefault(v => v.Year == old.Year && v.PhaseName == old.PhaseName);
            if (now is null)
            {
                change.Line($"Bỏ giá trị {label} {When(old)}: {Display.TargetValue(target.Kind, old.Value, target.UnitOfMeasure, was)}");
            }
            else if (now.Value != old.Value || kind != target.Kind || unit != target.UnitOfMeasure)
            {
                change.Line($"Sửa giá trị {label} {When(old)}: {Display.TargetValue(target.Kind, old.Value, target.UnitOfMeasure, was)} → {Display.TargetValue(kind, now.Value, unit, rating)}");
            }
        }

        foreach (var added in values.Where(v => !target.Values.Any(o => o.Year == v.Year && o.PhaseName == v.PhaseName)))
        {
            change.Line($"Thêm giá trị {label} {When(added)}: {Display.TargetValue(kind, added.Value, unit, rating)}");
        }
    }

    /// <summary>The levels typed one a line (the default ones when left empty) and the level the goal counts from.</summary>
    private static RatingScale? ReadScale(TargetInput input, ChangeContext change)
    {
        var levels = RatingScale.Lines(input.RatingLevels);
        levels = levels.Length == 0 ? [.. RatingScale.Default.Levels] : levels;
        if (RatingScale.Problem(levels, input.RatingGoalLevels) is { } problem)
        {
            change.Problem(nameof(input.RatingLevels), problem);
            return null;
        }

        return new RatingScale(levels, input.RatingGoalLevels);
    }

    private static string? Levels(RatingScale? scale) => scale is null ? null : string.Join(", ", scale.Levels) + " (chỉ tiêu " + scale.GoalPhrase + ")";

    private static string Value(TargetKind kind, TargetValue v, string? unit, RatingScale? rating) => $"{Display.TargetValue(kind, v.Value, unit, rating)} ({When(v)})";

    private static string When(TargetValue v) => v.Year is { } y ? "năm " + y.ToString(CultureInfo.InvariantCulture) : v.PhaseName ?? "";
}
