using LearningSociety.Domain.Importing;
using LearningSociety.Domain.Plans;
using LearningSociety.Infrastructure.Importing;
using LearningSociety.Web.Authorization;
using LearningSociety.Web.Features.PlanEditor;
using LearningSociety.Web.Features.PlanImport;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.AssignmentImport;

/// <summary>
/// "Nhập phân công/chỉ tiêu từ Excel" for an existing plan: download the template, upload it filled
/// in, see what would change and which rows cannot be used, confirm.
/// </summary>
[Authorize(Policy = Policies.PlanAuthor)]
public sealed class AssignmentImportController(
    UserScopeProvider scope, PlanEditorQueries queries, AssignmentImportCommands commands, ImportDraftProtector protector,
    PlanImportOptions options) : Controller
{
    [HttpGet]
    public Task<IActionResult> Index(int id, CancellationToken ct) =>
        WithPlan(id, ct, plan => View(new AssignmentImportModel
        {
            Plan = EditorPlan.Of(plan), Input = new AssignmentImportInput { Version = plan.Version }, MaxFileBytes = options.MaxFileBytes,
        }));

    [HttpPost]
    [RequestSizeLimit(UploadLimits.TransportBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.TransportBytes)]
    [FriendlyUploadLimit]
    public async Task<IActionResult> Upload(int id, IFormFile? file, CancellationToken ct)
    {
        var load = await queries.LoadAsync(id, await scope.GetAsync(ct), ct);
        if (load.Plan is null)
        {
            return NotFound();
        }

        if (load.Forbidden)
        {
            return Forbid();
        }

        AssignmentWorkbookContent content;
        try
        {
            if (file is null)
            {
                throw new PlanFileException("Chưa chọn tệp: hãy chọn bảng tính Excel (.xlsx) đã điền theo mẫu.");
            }

            if (file.Length > options.MaxFileBytes)
            {
                throw new PlanFileException(PlanImportReader.TooLarge(file.Length, options.MaxFileBytes));
            }

            await using var stream = file.OpenReadStream();
            content = AssignmentWorkbook.Read(stream, options.MaxFileBytes);
        }
        catch (PlanFileException ex)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), new AssignmentImportModel
            {
                Plan = EditorPlan.Of(load.Plan), Input = new AssignmentImportInput { Version = load.Plan.Version }, Error = ex.Message,
                MaxFileBytes = options.MaxFileBytes,
            });
        }

        var payload = new AssignmentImportPayload(
            Path.GetFileName(file.FileName),
            [.. content.Tasks.Select(t => new AssignmentImportTask(t.Row, t.Number, t.Task, [.. t.Lead], [.. t.Cooperating], t.DeadlineText))],
            [.. content.Targets],
            [.. content.Issues]);
        var input = new AssignmentImportInput { Payload = protector.Protect(payload), Version = load.Plan.Version, Step = ChangeStep.Preview };
        return await Run(id, payload, input, ct);
    }

    [HttpPost]
    [RequestFormLimits(ValueLengthLimit = UploadLimits.FormValueBytes)]
    public async Task<IActionResult> Apply(int id, AssignmentImportInput input, CancellationToken ct)
    {
        var payload = protector.Unprotect<AssignmentImportPayload>(input.Payload);
        if (payload is null)
        {
            return await WithPlan(id, ct, plan =>
            {
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity; // understood, but the draft cannot be used: the page says what to do
                return View(nameof(Index), new AssignmentImportModel
                {
                    Plan = EditorPlan.Of(plan), Input = new AssignmentImportInput { Version = plan.Version }, MaxFileBytes = options.MaxFileBytes,
                    Error = "Dữ liệu đọc từ bảng tính đã hết hạn hoặc không đọc được. Hãy tải bảng tính lên lại.",
                });
            });
        }

        return await Run(id, payload, input, ct);
    }

    private async Task<IActionResult> Run(int id, AssignmentImportPayload payload, AssignmentImportInput input, CancellationToken ct)
    {
        // What the binder found (a character taken out of the amending document…) stops the change, as in the plan editor.
        var (result, issues) = ModelState.IsValid
            ? await commands.RunAsync(id, payload, input, await scope.GetAsync(ct), ct)
            : (new ChangeResult(ChangeOutcome.Invalid, [], ModelState.Problems()), payload.Issues);
        switch (result.Outcome)
        {
            case ChangeOutcome.NotFound:
                return NotFound();
            case ChangeOutcome.Forbidden:
                return Forbid();
            case ChangeOutcome.Saved:
                TempData["StatusMessage"] = $"Đã áp dụng bảng tính {payload.FileName}: {ChangeText.Number(result.Lines.Count)} thay đổi"
                    + (issues.Count > 0 ? $"; {ChangeText.Number(issues.Count)} dòng hoặc ô chưa dùng được (xem lại bảng tính)." : ".");
                return Redirect($"/PlanEditor/Edit/{id}");
        }

        return await WithPlan(id, ct, plan => Present(plan, payload, input, result, issues));
    }

    private ViewResult Present(Plan plan, AssignmentImportPayload payload, AssignmentImportInput input, ChangeResult result, IReadOnlyList<ImportIssue> issues)
    {
        var model = new AssignmentImportModel
        {
            Plan = EditorPlan.Of(plan), Input = input, FileName = payload.FileName, Issues = issues,
            TaskRows = payload.Tasks.Count, TargetRows = payload.Targets.Count, MaxFileBytes = options.MaxFileBytes,
            Preview = result.Lines,
        };
        ModelState.Clear();
        ModelState.AddProblems(result.Problems);

        input.PreviewToken = result.PreviewToken;
        switch (result.Outcome)
        {
            case ChangeOutcome.Invalid:
                // Only the amending document missing: the changes are known and can be confirmed once it is typed.
                input.PreviewToken = result.Problems.All(p => p.Field == PlanChangeRunner.AmendingField) ? ChangeText.Token(result.Lines) : null;
                ModelState.AddModelError(string.Empty, "Chưa lưu: vui lòng sửa các mục được đánh dấu bên dưới.");
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                break;
            case ChangeOutcome.Conflict:
                model.IsConflict = true;
                model.Notice = result.Message;
                input.Version = result.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            case ChangeOutcome.NoChange:
                model.NoChange = true;
                break;
            case ChangeOutcome.Preview:
                model.Notice = result.Message;
                break;
        }

        return View(nameof(Index), model);
    }

    private async Task<IActionResult> WithPlan(int id, CancellationToken ct, Func<Plan, IActionResult> page)
    {
        var load = await queries.LoadAsync(id, await scope.GetAsync(ct), ct);
        if (load.Plan is null)
        {
            return NotFound();
        }

        return load.Forbidden ? Forbid() : page(load.Plan);
    }
}
