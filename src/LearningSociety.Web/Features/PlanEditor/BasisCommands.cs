using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Text;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>The legal basis (căn cứ ban hành) and the phases of a plan.</summary>
public sealed class BasisCommands(AppDbContext db, PlanChangeRunner runner)
{
    public Task<ChangeResult> AddReferenceAsync(int planId, ReferenceInput input, UserScope user, CancellationToken ct) =>
        runner.RunAsync(planId, input, user, AuditAction.PlanBasis, async change =>
        {
            var plan = change.Plan;
            var reference = new LegalReference
            {
                Reference = "",
                Relation = Enum.IsDefined(input.Relation) ? input.Relation : LegalRelation.Basis,
                Kind = Enum.IsDefined(input.Kind) ? input.Kind : LegalReferenceKind.Other,
                SortOrder = plan.LegalBasis.Count == 0 ? 0 : plan.LegalBasis.Max(r => r.SortOrder) + 1,
            };
            if (input.ReferencedPlanId is { } citedId)
            {
                var cited = await db.Plans.AsNoTracking().ReadableBy(user).Where(p => p.Id == citedId && p.Id != planId)
                    .Select(p => new { p.Number, p.Symbol, p.IssuedOn, Issuer = p.Issuer!.Name, p.Title }).SingleOrDefaultAsync(ct);
                if (cited is null)
                {
                    change.Problem(nameof(input.ReferencedPlanId), "Chọn một kế hoạch khác trong danh sách.");
                    return;
                }

                if (plan.LegalBasis.Any(r => r.ReferencedPlanId == citedId))
                {
                    change.Problem(nameof(input.ReferencedPlanId), "Kế hoạch này đã có trong căn cứ ban hành.");
                    return;
                }

                reference.Reference = $"{cited.Number ?? "…"}/{cited.Symbol}";
                reference.Kind = LegalReferenceKind.Plan;
                reference.ReferencedPlanId = citedId;
                reference.IssuedOn = cited.IssuedOn;
                reference.Issuer = cited.Issuer;
                reference.Title = cited.Title;
            }
            else
            {
                var typed = ChangeText.Clean(input.Reference);
                if (typed is null)
                {
                    change.Problem(nameof(input.Reference), "Nhập số, ký hiệu văn bản (ví dụ 489/QĐ-TTg) hoặc chọn một kế hoạch có trong cổng.");
                }
                else if (typed.Length > 100)
                {
                    change.Problem(nameof(input.Reference), "Số, ký hiệu dài quá 100 ký tự: phần tên văn bản hãy ghi vào ô Trích yếu.");
                }

                if (!DayText.TryParse(input.IssuedOn, out var issued))
                {
                    change.Problem(nameof(input.IssuedOn), "Ngày ban hành không hợp lệ (dd/mm/yyyy).");
                }

                if (change.Problems.Count > 0)
                {
                    return;
                }

                reference.Reference = typed!;
                reference.IssuedOn = issued;
                reference.Issuer = ChangeText.Clean(input.Issuer);
                reference.Title = ChangeText.Clean(input.Title);
            }

            plan.LegalBasis.Add(reference);
            change.Line($"Thêm căn cứ ban hành ({Display.Relation(reference.Relation).ToLower(Setup.PortalServices.Vietnamese)}): {Describe(reference)}");
        }, ct);

    public Task<ChangeResult> RemoveReferenceAsync(int planId, int referenceId, ChangeInput input, UserScope user, CancellationToken ct) =>
        runner.RunAsync(planId, input, user, AuditAction.PlanBasis, change =>
        {
            var reference = change.Plan.LegalBasis.FirstOrDefault(r => r.Id == referenceId);
            if (reference is null)
            {
                change.NotFound = true;
                return Task.CompletedTask;
            }

            change.Plan.LegalBasis.Remove(reference);
            db.LegalReferences.Remove(reference);
            change.Line("Bỏ căn cứ ban hành: " + Describe(reference));
            return Task.CompletedTask;
        }, ct);

    public Task<ChangeResult> SavePhaseAsync(int planId, int? phaseId, PhaseInput input, UserScope user, CancellationToken ct) =>
        runner.RunAsync(planId, input, user, AuditAction.PlanPhase, change =>
        {
            var plan = change.Plan;
            var phase = phaseId is { } id ? plan.Phases.FirstOrDefault(p => p.Id == id) : null;
            if (phaseId is not null && phase is null)
            {
                change.NotFound = true;
                return Task.CompletedTask;
            }

            var name = ChangeText.Clean(input.Name);
            if (name is null)
            {
                change.Problem(nameof(input.Name), "Nhập tên giai đoạn, ví dụ “Giai đoạn 2023 – 2025”.");
            }
            else if (plan.Phases.Any(p => p != phase && SameName(p.Name, name)))
            {
                change.Problem(nameof(input.Name), $"Kế hoạch đã có giai đoạn “{name}”.");
            }

            var start = Date(input.Start, nameof(input.Start), "Nhập ngày bắt đầu (dd/mm/yyyy).", change);
            var end = Date(input.End, nameof(input.End), "Nhập ngày kết thúc (dd/mm/yyyy).", change);
            if (start is { } s && end is { } e && e < s)
            {
                change.Problem(nameof(input.End), "Ngày kết thúc không được trước ngày bắt đầu.");
            }

            if (change.Problems.Count > 0)
            {
                return Task.CompletedTask;
            }

            var review = input.Review is { } r && Enum.IsDefined(r) ? r : (ReviewKind?)null;
            if (phase is null)
            {
                plan.Phases.Add(new PlanPhase { Name = name!, Start = start!.Value, End = end!.Value, Review = review });
                change.Line($"Thêm giai đoạn “{name}” ({Display.Date(start.Value)} – {Display.Date(end.Value)}{(review is null ? "" : ", " + Display.Review(review))})");
                return Task.CompletedTask;
            }

            if (!string.Equals(phase.Name, name, StringComparison.Ordinal))
            {
                var uses = Rename(plan, phase.Name, name!);
                change.Line($"Đổi tên giai đoạn “{phase.Name}” → “{name}”" + (uses > 0 ? $" (cập nhật {uses} thời hạn, giá trị chỉ tiêu gắn với giai đoạn này)" : ""));
                phase.Name = name!;
            }

            ChangeText.Compare(change, $"thời gian giai đoạn “{name}”",
                $"{Display.Date(phase.Start)} – {Display.Date(phase.End)}", $"{Display.Date(start!.Value)} – {Display.Date(end!.Value)}");
            ChangeText.Compare(change, $"hình thức đánh giá giai đoạn “{name}”", Display.Review(phase.Review), Display.Review(review));
            phase.Start = start.Value;
            phase.End = end.Value;
            phase.Review = review;
            return Task.CompletedTask;
        }, ct);

    public Task<ChangeResult> RemovePhaseAsync(int planId, int phaseId, ChangeInput input, UserScope user, CancellationToken ct) =>
        runner.RunAsync(planId, input, user, AuditAction.PlanPhase, change =>
        {
            var plan = change.Plan;
            var phase = plan.Phases.FirstOrDefault(p => p.Id == phaseId);
            if (phase is null)
            {
                change.NotFound = true;
                return Task.CompletedTask;
            }

            var deadlines = plan.Items.Count(i => SameName(i.Deadline?.PhaseName, phase.Name))
                + plan.ReportingRules.Count(r => SameName(r.Deadline?.PhaseName, phase.Name));
            var values = plan.Targets.Sum(t => t.Values.Count(v => SameName(v.PhaseName, phase.Name)));
            if (deadlines + values > 0)
            {
                change.Refusal = $"Không xóa được giai đoạn “{phase.Name}”: giai đoạn này đang là thời hạn của {deadlines} nhiệm vụ, quy định báo cáo "
                    + $"và là mốc của {values} giá trị chỉ tiêu. Hãy đổi các thời hạn, giá trị đó sang mốc khác trước.";
                return Task.CompletedTask;
            }

            plan.Phases.Remove(phase);
            db.PlanPhases.Remove(phase);
            change.Line($"Xóa giai đoạn “{phase.Name}”");
            return Task.CompletedTask;
        }, ct);

    public static string Describe(LegalReference r) =>
        r.Reference + (r.IssuedOn is { } d ? " ngày " + Display.Date(d) : "") + (r.Issuer is null ? "" : " của " + r.Issuer)
        + (r.Title is null ? "" : " " + ChangeText.Shorten(r.Title, 160));

    private static int Rename(Plan plan, string from, string to)
    {
        var count = 0;
        foreach (var deadline in plan.Items.Select(i => i.Deadline).Concat(plan.ReportingRules.Select(r => r.Deadline)))
        {
            if (deadline is not null && SameName(deadline.PhaseName, from))
            {
                deadline.PhaseName = to;
                count++;
            }
        }

        foreach (var value in plan.Targets.SelectMany(t => t.Values).Where(v => SameName(v.PhaseName, from)))
        {
            value.PhaseName = to;
            count++;
        }

        return count;
    }

    private static bool SameName(string? a, string? b) =>
        a is not null && b is not null && string.Equals(VietnameseText.Fold(a), VietnameseText.Fold(b), StringComparison.Ordinal);

    private static DateOnly? Date(string? text, string field, string message, ChangeContext change)
    {
        if (DayText.TryParse(text, out var date) && date is not null)
        {
            return date;
        }

        change.Problem(field, message);
        return null;
    }
}
