using LearningSociety.Domain.Plans;
using LearningSociety.Web.Authorization;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>
/// Writing plans in the browser. Every action is behind the authoring policy; every action on an
/// existing plan then asks <see cref="PlanAuthoring.CanEdit"/> through the queries or the runner.
/// Changes go form → preview → confirm, then post-redirect-get.
/// </summary>
[Authorize(Policy = Policies.PlanAuthor)]
public sealed partial class PlanEditorController(
    UserScopeProvider scope,
    PlanEditorQueries queries,
    HeaderCommands header,
    BasisCommands basis,
    ItemCommands items,
    TaskCommands tasks,
    AgencyCommands agencies,
    TargetCommands targets,
    RuleCommands rules,
    StatusCommands status,
    TimeProvider clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        var user = await Me(ct);
        var today = Domain.Deadlines.VietnamTime.Today(clock);
        var input = new HeaderInput
        {
            IssuedOn = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            PeriodStartYear = PlanEditorQueries.Year(today.Year),
            PeriodEndYear = PlanEditorQueries.Year(today.Year),
        };
        var model = await HeaderFormAsync(null, input, user, ct);
        // Start from the user's own unit and agency, which is what they usually write plans for.
        var ownUnit = user.UnitPath is { } path ? Domain.Units.UnitPath.Ids(path).LastOrDefault() : 0;
        input.UnitId = model.Units.Any(u => u.Id == ownUnit) ? ownUnit : null;
        input.IssuerId = model.Issuers.Any(i => i.Id == user.AgencyId) ? user.AgencyId : null;
        return View(model);
    }

    [HttpPost]
    public async Task<IActionResult> Create(HeaderInput input, CancellationToken ct)
    {
        var user = await Me(ct);
        var result = await Checked(() => header.CreateAsync(input, user, ct));
        switch (result.Outcome)
        {
            case ChangeOutcome.Forbidden:
                return Forbid();
            case ChangeOutcome.Saved:
                TempData["StatusMessage"] = "Đã tạo kế hoạch dự thảo. Hãy thêm căn cứ, giai đoạn, nội dung và nhiệm vụ; khi xong, bấm “Ban hành”.";
                return RedirectToAction(nameof(Edit), new { id = result.CreatedId });
        }

        var model = await HeaderFormAsync(null, input, user, ct);
        Present(model, result);
        return View(model);
    }

    [HttpGet]
    public Task<IActionResult> Edit(int id, CancellationToken ct) =>
        WithPlan(id, ct, async plan => View(await queries.PageAsync(plan, ct)));

    [HttpGet]
    public Task<IActionResult> Header(int id, CancellationToken ct) =>
        WithPlan(id, ct, async plan => View(await HeaderFormAsync(plan, EditorForms.Header(plan), await Me(ct), ct)));

    [HttpPost]
    public async Task<IActionResult> Header(int id, HeaderInput input, CancellationToken ct) =>
        await Respond(id, await Checked(async () => await header.EditAsync(id, input, await Me(ct), ct)), ct,
            async plan => await HeaderFormAsync(plan, input, await Me(ct), ct), "Đã lưu thông tin chung của kế hoạch.");

    [HttpGet]
    public Task<IActionResult> Publish(int id, CancellationToken ct) => PublishPage(id, null, ct);

    [HttpPost]
    public Task<IActionResult> Publish(int id, ChangeInput input, CancellationToken ct) => PublishPage(id, input, ct);

    [HttpGet]
    public Task<IActionResult> Complete(int id, CancellationToken ct) => CompletePage(id, null, ct);

    [HttpPost]
    public Task<IActionResult> Complete(int id, ChangeInput input, CancellationToken ct) => CompletePage(id, input, ct);

    [HttpGet]
    public Task<IActionResult> AddReference(int id, CancellationToken ct) =>
        WithPlan(id, ct, async plan => View(await ReferenceFormAsync(plan, new ReferenceInput { Version = plan.Version }, ct)));

    [HttpPost]
    public async Task<IActionResult> AddReference(int id, ReferenceInput input, CancellationToken ct) =>
        await Respond(id, await Checked(async () => await basis.AddReferenceAsync(id, input, await Me(ct), ct)), ct,
            plan => ReferenceFormAsync(plan, input, ct), "Đã thêm căn cứ ban hành.");

    [HttpGet]
    public Task<IActionResult> RemoveReference(int id, int referenceId, CancellationToken ct) => RemoveReferencePage(id, referenceId, null, ct);

    [HttpPost]
    public Task<IActionResult> RemoveReference(int id, int referenceId, ChangeInput input, CancellationToken ct) => RemoveReferencePage(id, referenceId, input, ct);

    [HttpGet]
    public Task<IActionResult> Phase(int id, int? phaseId, CancellationToken ct) =>
        WithPlan(id, ct, plan =>
        {
            var phase = phaseId is { } pid ? plan.Phases.FirstOrDefault(p => p.Id == pid) : null;
            return Task.FromResult<IActionResult>(phaseId is not null && phase is null
                ? NotFound()
                : View(new PhaseFormModel { Plan = EditorPlan.Of(plan), PhaseId = phaseId, Input = EditorForms.Phase(plan, phase) }));
        });

    [HttpPost]
    public async Task<IActionResult> Phase(int id, int? phaseId, PhaseInput input, CancellationToken ct) =>
        await Respond(id, await Checked(async () => await basis.SavePhaseAsync(id, phaseId, input, await Me(ct), ct)), ct,
            plan => Task.FromResult<PhaseFormModel?>(new PhaseFormModel { Plan = EditorPlan.Of(plan), PhaseId = phaseId, Input = input }),
            phaseId is null ? "Đã thêm giai đoạn." : "Đã lưu giai đoạn.");

    [HttpGet]
    public Task<IActionResult> RemovePhase(int id, int phaseId, CancellationToken ct) => RemovePhasePage(id, phaseId, null, ct);

    [HttpPost]
    public Task<IActionResult> RemovePhase(int id, int phaseId, ChangeInput input, CancellationToken ct) => RemovePhasePage(id, phaseId, input, ct);

    private Task<IActionResult> PublishPage(int id, ChangeInput? input, CancellationToken ct) =>
        ConfirmPage(id, input, ct, async i => await status.PublishAsync(id, i, await Me(ct), ct),
            (plan, change) => new ConfirmModel
            {
                Plan = EditorPlan.Of(plan), Input = change, Heading = "Ban hành kế hoạch " + plan.DocumentNumber,
                Action = nameof(Publish), ConfirmLabel = "Xác nhận ban hành", Notes = StatusCommands.PublishNotes(plan),
            },
            "Đã ban hành kế hoạch. Kế hoạch hiện hiển thị cho mọi người dùng.", planId => $"/Plans/Details/{planId}");

    private Task<IActionResult> CompletePage(int id, ChangeInput? input, CancellationToken ct) =>
        ConfirmPage(id, input, ct, async i => await status.CompleteAsync(id, i, await Me(ct), ct),
            (plan, change) => new ConfirmModel
            {
                Plan = EditorPlan.Of(plan), Input = change, Heading = "Đánh dấu kế hoạch " + plan.DocumentNumber + " đã kết thúc",
                Action = nameof(Complete), ConfirmLabel = "Xác nhận kết thúc",
            },
            "Đã đánh dấu kế hoạch đã kết thúc.", planId => $"/Plans/Details/{planId}");

    private Task<IActionResult> RemoveReferencePage(int id, int referenceId, ChangeInput? input, CancellationToken ct) =>
        ConfirmPage(id, input, ct, async i => await basis.RemoveReferenceAsync(id, referenceId, i, await Me(ct), ct),
            (plan, change) => new ConfirmModel
            {
                Plan = EditorPlan.Of(plan), Input = change, Heading = "Bỏ một căn cứ ban hành",
                Action = nameof(RemoveReference), Route = Route("referenceId", referenceId), ConfirmLabel = "Xác nhận bỏ căn cứ", Danger = true,
            },
            "Đã bỏ căn cứ ban hành.");

    private Task<IActionResult> RemovePhasePage(int id, int phaseId, ChangeInput? input, CancellationToken ct) =>
        ConfirmPage(id, input, ct, async i => await basis.RemovePhaseAsync(id, phaseId, i, await Me(ct), ct),
            (plan, change) => new ConfirmModel
            {
                Plan = EditorPlan.Of(plan), Input = change, Heading = "Xóa một giai đoạn",
                Action = nameof(RemovePhase), Route = Route("phaseId", phaseId), ConfirmLabel = "Xác nhận xóa giai đoạn", Danger = true,
            },
            "Đã xóa giai đoạn.");

    private async Task<HeaderFormModel> HeaderFormAsync(Plan? plan, HeaderInput input, UserScope user, CancellationToken ct) => new()
    {
        Plan = plan is null ? null : EditorPlan.Of(plan),
        Input = input,
        Issuers = await queries.IssuersAsync(user, plan?.IssuerId, ct),
        Units = await queries.UnitsAsync(user, plan?.UnitId, ct),
    };

    private async Task<ReferenceFormModel?> ReferenceFormAsync(Plan plan, ReferenceInput input, CancellationToken ct) => new()
    {
        Plan = EditorPlan.Of(plan),
        Input = input,
        Plans = await queries.CitablePlansAsync(await Me(ct), plan.Id, ct),
    };
}
