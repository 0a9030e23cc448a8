using LearningSociety.Domain.Reporting;
using System.Globalization;
using LearningSociety.Domain.Plans;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>Reporting rules (chế độ báo cáo) and their report outlines (đề cương).</summary>
public sealed class RuleCommands(AppDbContext db, PlanChangeRunner runner)
{
    public Task<ChangeResult> SaveAsync(int planId, int? ruleId, RuleInput input, UserScope user, CancellationToken ct) =>
        runner.RunAsync(planId, input, user, AuditAction.PlanReporting, async change =>
        {
            var plan = change.Plan;
            var rule = ruleId is { } id ? plan.ReportingRules.FirstOrDefault(r => r.Id == id) : null;
            if (ruleId is not null && rule is null)
            {
                change.NotFound = true;
                return;
            }

            var from = input.FromAgencyId is { } f ? await db.Agencies.Include(a => a.Successor).SingleOrDefaultAsync(a => a.Id == f, ct) : null;
            var to = input.ToAgencyId is { } t ? await db.Agencies.Include(a => a.Successor).SingleOrDefaultAsync(a => a.Id == t, ct) : null;
            if (from is null)
            {
                change.Problem(nameof(input.FromAgencyId), "Chọn cơ quan, đơn vị phải báo cáo.");
            }
            else if (from.Id != rule?.FromAgencyId
                && AgencyLifetime.Refusal(AgencyLifetime.Term.Of(from), plan.IssuedOn, "đặt cơ quan này làm nơi báo cáo") is { } refusal)
            {
                change.Problem(nameof(input.FromAgencyId), refusal);
            }

            if (to is null)
            {
                change.Problem(nameof(input.ToAgencyId), "Chọn cơ quan nhận báo cáo.");
            }
            else if (to.Id != rule?.ToAgencyId
                && AgencyLifetime.Refusal(AgencyLifetime.Term.Of(to), plan.IssuedOn, "gửi báo cáo cho cơ quan này") is { } refusal)
            {
                change.Problem(nameof(input.ToAgencyId), refusal);
            }
            else if (from?.Id == to.Id)
            {
                change.Problem(nameof(input.ToAgencyId), "Cơ quan nhận báo cáo phải khác cơ quan báo cáo.");
            }

            var frequency = Enum.IsDefined(input.Frequency) ? input.Frequency : ReportFrequency.Annual;
            var deadline = input.Deadline.Build(nameof(input.Deadline), [.. plan.Phases.Select(p => p.Name)], change.Problems);
            var outline = ReadOutline(input.Outline, change);
            if (change.Problems.Count > 0)
            {
                return;
            }

            var text = ChangeText.Clean(input.Text);
            var (source, recipient) = (from!, to!);
            if (rule is null)
            {
                rule = new ReportingRule { SortOrder = plan.ReportingRules.Count == 0 ? 0 : plan.ReportingRules.Max(r => r.SortOrder) + 1 };
                plan.ReportingRules.Add(rule);
                change.Line($"Thêm quy định báo cáo: {source.Name} báo cáo {recipient.Name}, {Display.Frequency(frequency).ToLower(Setup.PortalServices.Vietnamese)}, "
                    + $"hạn nộp: {ChangeText.Deadline(deadline).ToLower(Setup.PortalServices.Vietnamese)}");
                rule.Deadline = deadline;
            }
            else
            {
                var label = $"quy định báo cáo của {rule.FromAgency?.Name}";
                ChangeText.Compare(change, "cơ quan báo cáo", rule.FromAgency?.Name, source.Name);
                ChangeText.Compare(change, "cơ quan nhận " + label, rule.ToAgency?.Name, recipient.Name);
                ChangeText.Compare(change, "kỳ báo cáo " + label, Display.Frequency(rule.Frequency), Display.Frequency(frequency));
                ChangeText.Compare(change, "câu chữ " + label, rule.Text, text);
                TaskCommands.SetDeadline(change, "nộp " + label, rule.Deadline, deadline, d => rule.Deadline = d);
            }

            rule.FromAgencyId = source.Id;
            rule.FromAgency = source;
            rule.ToAgencyId = recipient.Id;
            rule.ToAgency = recipient;
            rule.Frequency = frequency;
            rule.Text = text;
            ApplyOutline(change, rule, outline);
        }, ct);

    public Task<ChangeResult> DeleteAsync(int planId, int ruleId, ChangeInput input, UserScope user, CancellationToken ct) =>
        runner.RunAsync(planId, input, user, AuditAction.PlanReporting, async change =>
        {
            var rule = change.Plan.ReportingRules.FirstOrDefault(r => r.Id == ruleId);
            if (rule is null)
            {
                change.NotFound = true;
                return;
            }

            if (await RefusalAsync(rule, ct) is { } refusal)
            {
                change.Refusal = refusal;
                return;
            }

            change.Plan.ReportingRules.Remove(rule);
            db.ReportingRules.Remove(rule);
            change.Line($"Bỏ quy định báo cáo: {rule.FromAgency?.Name} báo cáo {rule.ToAgency?.Name}");
        }, ct);

    public async Task<string?> RefusalAsync(ReportingRule rule, CancellationToken ct)
    {
        var reports = await db.Reports.CountAsync(r => r.ReportingRuleId == rule.Id, ct);
        return reports == 0 ? null
            : $"Không bỏ được quy định báo cáo này: đã có {reports.ToString(CultureInfo.InvariantCulture)} báo cáo lập theo quy định này. "
                + "Nếu văn bản sửa đổi đổi chế độ báo cáo, hãy sửa quy định thay vì bỏ.";
    }

    private static List<(OutlineInput Row, string Number, string Title)> ReadOutline(List<OutlineInput> rows, ChangeContext change)
    {
        var kept = new List<(OutlineInput, string, string, int, int)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsEmpty || row.Remove)
            {
                continue;
            }

            var number = ChangeText.Clean(row.Number);
            var title = ChangeText.Clean(row.Title);
            if (number is null)
            {
                change.Problem($"Outline[{i}].Number", "Nhập số của phần (ví dụ I, II).");
            }
            else if (kept.Any(k => k.Item2 == number))
            {
                change.Problem($"Outline[{i}].Number", $"Số “{number}” đã dùng cho phần khác của đề cương.");
            }

            if (title is null)
            {
                change.Problem($"Outline[{i}].Title", "Nhập tên phần của đề cương.");
            }

            kept.Add((row, number ?? "", title ?? "", row.Order ?? i, i));
        }

        return [.. kept.OrderBy(k => k.Item4).ThenBy(k => k.Item5).Select(k => (k.Item1, k.Item2, k.Item3))];
    }

    private void ApplyOutline(ChangeContext change, ReportingRule rule, List<(OutlineInput Row, string Number, string Title)> outline)
    {
        var before = rule.Outline.OrderBy(s => s.SortOrder).ToList();
        foreach (var section in before.Where(s => outline.All(o => o.Row.Id != s.Id)))
        {
            change.Line($"Bỏ phần đề cương {section.Number}. {ChangeText.Shorten(section.Title, 80)}");
            rule.Outline.Remove(section);
            db.ReportOutlineSections.Remove(section);
        }

        for (var i = 0; i < outline.Count; i++)
        {
            var (row, number, title) = outline[i];
            var section = row.Id is { } id ? before.FirstOrDefault(s => s.Id == id) : null;
            if (section is null)
            {
                change.Line($"Thêm phần đề cương {number}. {ChangeText.Shorten(title, 80)}");
                rule.Outline.Add(new ReportOutlineSection { Number = number, Title = title, SortOrder = i });
                continue;
            }

            ChangeText.Compare(change, "số phần đề cương " + section.Number, section.Number, number);
            ChangeText.Compare(change, "tên phần đề cương " + number, section.Title, title);
            section.Number = number;
            section.Title = title;
            section.SortOrder = i;
        }

        var oldOrder = before.Where(s => outline.Any(o => o.Row.Id == s.Id)).Select(s => s.Id).ToList();
        var newOrder = outline.Where(o => o.Row.Id is not null && before.Any(s => s.Id == o.Row.Id)).Select(o => o.Row.Id!.Value).ToList();
        if (!oldOrder.SequenceEqual(newOrder))
        {
            change.Line("Sắp xếp lại đề cương báo cáo: " + string.Join(", ", rule.Outline.OrderBy(s => s.SortOrder).Select(s => s.Number)));
        }
    }
}
