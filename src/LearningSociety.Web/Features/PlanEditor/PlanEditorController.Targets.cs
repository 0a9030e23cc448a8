using LearningSociety.Domain.Plans;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>Targets and reporting rules.</summary>
public sealed partial class PlanEditorController
{
    [HttpGet]
    public Task<IActionResult> Target(int id, int? targetId, CancellationToken ct) =>
        WithPlan(id, ct, plan =>
        {
            var target = targetId is { } tid ? plan.Targets.FirstOrDefault(t => t.Id == tid) : null;
            return Task.FromResult<IActionResult>(targetId is not null && target is null
                ? NotFound()
                : View(TargetForm(plan, targetId, EditorForms.Target(plan, target))));
        });

    [HttpPost]
    public async Task<IActionResult> Target(int id, int? targetId, TargetInput input, CancellationToken ct) =>
        await Respond(id, await Checked(async () => await targets.SaveAsync(id, targetId, input, await Me(ct), ct)), ct,
            plan => Task.FromResult<TargetFormModel?>(TargetForm(plan, targetId, EditorForms.WithBlankValues(input))),
            targetId is null ? "Đã thêm chỉ tiêu." : "Đã lưu chỉ tiêu.", $"/PlanEditor/Edit/{id}#chi-tieu");

    [HttpGet]
    public Task<IActionResult> DeleteTarget(int id, int targetId, CancellationToken ct) => DeleteTargetPage(id, targetId, null, ct);

    [HttpPost]
    public Task<IActionResult> DeleteTarget(int id, int targetId, ChangeInput input, CancellationToken ct) => DeleteTargetPage(id, targetId, input, ct);

    [HttpGet]
    public Task<IActionResult> Rule(int id, int? ruleId, CancellationToken ct) =>
        WithPlan(id, ct, async plan =>
        {
            var rule = ruleId is { } rid ? plan.ReportingRules.FirstOrDefault(r => r.Id == rid) : null;
            return ruleId is not null && rule is null ? NotFound() : View(await RuleFormAsync(plan, ruleId, EditorForms.Rule(plan, rule), ct));
        });

    [HttpPost]
    public async Task<IActionResult> Rule(int id, int? ruleId, RuleInput input, CancellationToken ct)
    {
        if (input.Step is ChangeStep.Refresh or ChangeStep.ReadDeadline)
        {
            return await WithPlan(id, ct, async plan =>
            {
                var model = await RuleFormAsync(plan, ruleId, EditorForms.WithBlankOutline(input), ct);
                if (input.Step == ChangeStep.ReadDeadline && !input.Deadline.ReadText(plan.PeriodStartYear))
                {
                    model.Notice = "Không đọc được thời hạn từ câu chữ này: hãy chọn loại thời hạn và điền các ô tương ứng.";
                }
                else if (input.Step == ChangeStep.ReadDeadline)
                {
                    ForgetTyped("Deadline."); // the deadline's fields now hold what was read
                }

                return View(model);
            });
        }

        return await Respond(id, await Checked(async () => await rules.SaveAsync(id, ruleId, input, await Me(ct), ct)), ct,
            async plan => await RuleFormAsync(plan, ruleId, EditorForms.WithBlankOutline(input), ct),
            ruleId is null ? "Đã thêm quy định báo cáo." : "Đã lưu quy định báo cáo.", $"/PlanEditor/Edit/{id}#bao-cao");
    }

    [HttpGet]
    public Task<IActionResult> DeleteRule(int id, int ruleId, CancellationToken ct) => DeleteRulePage(id, ruleId, null, ct);

    [HttpPost]
    public Task<IActionResult> DeleteRule(int id, int ruleId, ChangeInput input, CancellationToken ct) => DeleteRulePage(id, ruleId, input, ct);

    private Task<IActionResult> DeleteTargetPage(int id, int targetId, ChangeInput? input, CancellationToken ct) =>
        ConfirmPage(id, input, ct, async i => await targets.DeleteAsync(id, targetId, i, await Me(ct), ct),
            (plan, change) => new ConfirmModel
            {
                Plan = EditorPlan.Of(plan), Input = change, Heading = "Xóa một chỉ tiêu",
                Action = nameof(DeleteTarget), Route = Route("targetId", targetId), ConfirmLabel = "Xác nhận xóa chỉ tiêu", Danger = true,
            },
            "Đã xóa chỉ tiêu.");

    private Task<IActionResult> DeleteRulePage(int id, int ruleId, ChangeInput? input, CancellationToken ct) =>
        ConfirmPage(id, input, ct, async i => await rules.DeleteAsync(id, ruleId, i, await Me(ct), ct),
            (plan, change) => new ConfirmModel
            {
                Plan = EditorPlan.Of(plan), Input = change, Heading = "Bỏ một quy định báo cáo",
                Action = nameof(DeleteRule), Route = Route("ruleId", ruleId), ConfirmLabel = "Xác nhận bỏ quy định", Danger = true,
            },
            "Đã bỏ quy định báo cáo.");

    private static TargetFormModel TargetForm(Plan plan, int? targetId, TargetInput input) => new()
    {
        Plan = EditorPlan.Of(plan),
        Input = input,
        TargetId = targetId,
        Phases = [.. plan.Phases.OrderBy(p => p.Start).Select(p => p.Name)],
    };

    private async Task<RuleFormModel> RuleFormAsync(Plan plan, int? ruleId, RuleInput input, CancellationToken ct)
    {
        var selected = new[] { input.FromAgencyId, input.ToAgencyId }.OfType<int>();
        var (agencyOptions, _) = await queries.AgenciesAsync(plan, null, selected, input.IncludeEnded, ct);
        return new RuleFormModel
        {
            Plan = EditorPlan.Of(plan),
            Input = input,
            RuleId = ruleId,
            Agencies = agencyOptions,
            Phases = [.. plan.Phases.OrderBy(p => p.Start).Select(p => p.Name)],
        };
    }
}
