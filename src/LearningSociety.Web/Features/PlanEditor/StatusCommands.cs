using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Plans;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>Publishing a draft (Dự thảo → Đang thực hiện) and closing a plan (→ Đã kết thúc).</summary>
public sealed class StatusCommands(PlanChangeRunner runner)
{
    public Task<ChangeResult> PublishAsync(int planId, ChangeInput input, UserScope user, CancellationToken ct) =>
        Move(planId, input, user, PlanStatus.Draft, PlanStatus.Active, AuditAction.PlanPublish,
            "Ban hành kế hoạch: chuyển từ “Dự thảo” sang “Đang thực hiện”",
            "Kế hoạch này không còn là dự thảo nên không ban hành lại được.", ct);

    public Task<ChangeResult> CompleteAsync(int planId, ChangeInput input, UserScope user, CancellationToken ct) =>
        Move(planId, input, user, PlanStatus.Active, PlanStatus.Completed, AuditAction.PlanComplete,
            "Đánh dấu kế hoạch đã kết thúc: chuyển từ “Đang thực hiện” sang “Đã kết thúc”",
            "Chỉ kế hoạch đang thực hiện mới đánh dấu kết thúc được.", ct);

    /// <summary>Things to check before publishing; none of them blocks it.</summary>
    public static IReadOnlyList<string> PublishNotes(Plan plan)
    {
        var tasks = plan.Items.Where(i => i.IsTask).ToList();
        var notes = new List<string>
        {
            $"Kế hoạch có {Display.Number(plan.Items.Count)} mục, trong đó {Display.Number(tasks.Count)} nhiệm vụ, và {Display.Number(plan.Targets.Count)} chỉ tiêu.",
        };
        var noLead = tasks.Where(t => t.Assignments.All(a => a.Role != AssignmentRole.Lead)).Select(t => t.Number).ToList();
        if (noLead.Count > 0)
        {
            notes.Add($"{Display.Number(noLead.Count)} nhiệm vụ chưa có cơ quan chủ trì: {string.Join(", ", noLead.Take(10))}{(noLead.Count > 10 ? "…" : "")}.");
        }

        var noDeadline = tasks.Where(t => t.Deadline is null).Select(t => t.Number).ToList();
        if (noDeadline.Count > 0)
        {
            notes.Add($"{Display.Number(noDeadline.Count)} nhiệm vụ chưa có thời hạn: {string.Join(", ", noDeadline.Take(10))}{(noDeadline.Count > 10 ? "…" : "")}.");
        }

        if (plan.ReportingRules.Count == 0)
        {
            notes.Add("Kế hoạch chưa có quy định chế độ báo cáo.");
        }

        notes.Add("Sau khi ban hành, mọi thay đổi phải ghi văn bản sửa đổi, bổ sung và được lưu vào lịch sử sửa đổi.");
        return notes;
    }

    private Task<ChangeResult> Move(int planId, ChangeInput input, UserScope user, PlanStatus from, PlanStatus to, AuditAction action, string line, string refusal, CancellationToken ct) =>
        runner.RunAsync(planId, input, user, action, change =>
        {
            if (change.Plan.Status != from)
            {
                change.Refusal = refusal;
                return Task.CompletedTask;
            }

            change.Plan.Status = to;
            change.AmendmentOptional = true;
            change.AlwaysRecord = true;
            change.Line(line);
            return Task.CompletedTask;
        }, ct);
}
