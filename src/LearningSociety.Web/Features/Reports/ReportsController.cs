using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Exports.Pdf;
using LearningSociety.Web.Authorization;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Reports;

public sealed class ReportsController(
    UserScopeProvider scope,
    ReportQueries queries,
    ReportFormBuilder forms,
    ReportCommands commands,
    ReviewCommands reviews,
    AttachmentStore attachments,
    ReportDocuments documents,
    IPdfRenderer pdf,
    IAuthorizationService authorization,
    TimeProvider clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await queries.MineAsync(await scope.GetAsync(ct), ct));

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await forms.BuildAsync(id, await scope.GetAsync(ct), ct) is { } model ? View(model) : NotFound();

    public override void OnActionExecuting(Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext context)
    {
        ViewData["MaxUploadMb"] = attachments.MaxBytes / 1024 / 1024;
        ViewData["MaxUploadFiles"] = attachments.MaxFilesPerReport;
        ViewData["MaxUploadTotalMb"] = attachments.MaxTotalBytesPerReport / 1024 / 1024;
    }

    [HttpPost]
    [RequestSizeLimit(4_000_000)]
    public async Task<IActionResult> Edit(int id, ReportInput input, string? command, CancellationToken ct)
    {
        var user = await scope.GetAsync(ct);
        var report = await commands.LoadAsync(id, user, ct);
        if (await RefusalAsync(report, Operations.Edit) is { } refusal)
        {
            return refusal;
        }

        // What the binder could not take as sent refuses the whole post, keeping what was typed: a text with
        // control characters (taken out, said next to its box) or a hidden field that cannot be read (an id
        // past 2^31, a mangled form id), which would otherwise bind as 0 and be skipped while the rest is saved.
        var bindingProblems = BindingProblems();
        var result = bindingProblems.Count > 0
            ? new SaveResult(SaveOutcome.Invalid, bindingProblems)
            : await commands.SaveAsync(report!, input, command == "submit", user, ct);
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                TempData["StatusMessage"] = "Đã lưu nháp.";
                return RedirectToAction(nameof(Edit), new { id });
            case SaveOutcome.Submitted:
                TempData["StatusMessage"] = "Đã nộp báo cáo. Cơ quan duyệt sẽ xem xét và phản hồi.";
                return RedirectToAction(nameof(Edit), new { id });
            case SaveOutcome.AlreadySubmitted:
                TempData["StatusMessage"] = "Báo cáo này đã được nộp (yêu cầu gửi lần hai được bỏ qua).";
                return RedirectToAction(nameof(Edit), new { id });
            case SaveOutcome.NotAllowed:
                TempData["ErrorMessage"] = result.Message;
                return RedirectToAction(nameof(Edit), new { id });
        }

        // Invalid or conflict: show the form again with exactly what the user typed.
        var model = await forms.BuildAsync(id, user, ct);
        if (model is null)
        {
            return NotFound();
        }

        // Built from the database, the form holds what the other person saved: read it before putting back what this user typed.
        var conflict = result.Outcome == SaveOutcome.Conflict
            ? new ReportFormModel.ConflictInfo(model.LastSavedBy, model.LastSavedAt, ReportFigures.Saved(model)) : null;
        ReportFormInput.Overlay(model, input);
        foreach (var (field, message) in result.Problems)
        {
            ModelState.AddModelError(field, message);
        }

        if (conflict is not null)
        {
            model.Conflict = conflict; // the form keeps the version just read: saving again now overwrites knowingly
            ModelState.AddModelError(string.Empty, $"{conflict.SavedBy} đã lưu báo cáo này lúc {Display.DateTime(conflict.SavedAt ?? default)} trong khi bạn đang sửa. "
                + "Nội dung của bạn vẫn còn nguyên bên dưới; phần họ đã lưu hiển thị bên cạnh từng mục. Hãy đối chiếu rồi bấm Lưu lại.");
        }
        else
        {
            ModelState.AddModelError(string.Empty, "Báo cáo chưa được lưu: vui lòng sửa các mục được đánh dấu bên dưới.");
        }

        model.SubmissionId = input.SubmissionId;
        Response.StatusCode = conflict is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return View(model);
    }

    /// <summary>The report as an official PDF; not found for anyone who may not see the report.</summary>
    [HttpGet]
    public async Task<IActionResult> Pdf(int id, CancellationToken ct)
    {
        if (await documents.LoadAsync(id, await scope.GetAsync(ct), ct) is not { } doc)
        {
            return NotFound();
        }

        using var buffer = new MemoryStream();
        pdf.Render(ReportPdf.Build(doc, clock.GetUtcNow()), buffer);
        Response.Headers.ContentDisposition = doc.FileName("pdf");
        return File(buffer.ToArray(), "application/pdf");
    }

    /// <summary>The report as a workbook; not found for anyone who may not see the report.</summary>
    [HttpGet]
    public async Task<IActionResult> Excel(int id, CancellationToken ct)
    {
        if (await documents.LoadAsync(id, await scope.GetAsync(ct), ct) is not { } doc)
        {
            return NotFound();
        }

        Response.Headers.ContentDisposition = doc.FileName("xlsx");
        return File(ReportWorkbook.Build(doc, clock.GetUtcNow()), DownloadName.Xlsx);
    }

    [HttpPost]
    public async Task<IActionResult> Review(int id, ReviewDecision decision, string? comment, CancellationToken ct)
    {
        var user = await scope.GetAsync(ct);
        var report = await queries.ForChangeAsync(id, user, ct);
        if (await RefusalAsync(report, Operations.Review) is { } refusal)
        {
            return refusal;
        }

        var decided = await reviews.DecideAsync(report!, decision, comment, user, ct);
        if (decided.Succeeded)
        {
            TempData["StatusMessage"] = decision switch
            {
                ReviewDecision.Approve => "Đã duyệt báo cáo.",
                ReviewDecision.Return => "Đã trả lại báo cáo kèm ý kiến.",
                _ => "Đã mở lại báo cáo để đơn vị chỉnh sửa.",
            };
        }
        else
        {
            TempData["ErrorMessage"] = decided.Message;
        }

        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost]
    [RequestFormLimits(MultipartBodyLengthLimit = 200_000_000)]
    [RequestSizeLimit(200_000_000)]
    public async Task<IActionResult> Upload(int id, IFormFile? file, CancellationToken ct)
    {
        var user = await scope.GetAsync(ct);
        var report = await queries.ForChangeAsync(id, user, ct);
        if (await RefusalAsync(report, Operations.Edit) is { } refusal)
        {
            return refusal;
        }

        var added = await attachments.AddAsync(report!, file, user, ct);
        TempData[added.Succeeded ? "StatusMessage" : "ErrorMessage"] = added.Message ?? "Đã đính kèm tệp.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet("/Reports/Attachment/{id:int}")]
    public async Task<IActionResult> Attachment(int id, CancellationToken ct)
    {
        if (await attachments.OpenAsync(id, await scope.GetAsync(ct), ct) is not { } file)
        {
            return NotFound();
        }

        // Always a download, never rendered inline in the portal's origin.
        return File(file.Content, file.Attachment.ContentType, file.Attachment.FileName);
    }

    [HttpPost]
    public async Task<IActionResult> DeleteAttachment(int id, CancellationToken ct)
    {
        var user = await scope.GetAsync(ct);
        if (await attachments.FindAsync(id, user, ct) is not ({ } attachment, { } report)
            || !(await authorization.AuthorizeAsync(User, report, Operations.Edit)).Succeeded
            || !await attachments.DeleteAsync(attachment, report, user, ct))
        {
            return NotFound();
        }

        TempData["StatusMessage"] = "Đã xóa tệp đính kèm.";
        return RedirectToAction(nameof(Edit), new { id = report.Id });
    }

    private List<(string Field, string Message)> BindingProblems()
    {
        var problems = new List<(string Field, string Message)>();
        var unreadable = new List<string>();
        foreach (var (key, entry) in ModelState.Where(e => e.Value!.Errors.Count > 0).ToList())
        {
            if (entry!.Errors.All(e => e.ErrorMessage == CleanTextModelBinder.Message))
            {
                problems.Add((key, CleanTextModelBinder.Message));
            }
            else
            {
                unreadable.Add(key);
            }

            ModelState.Remove(key);
        }

        if (unreadable.Count > 0)
        {
            problems.Add((string.Empty, $"Biểu mẫu gửi lên có giá trị không đọc được ({string.Join(", ", unreadable)}) nên chưa có gì được lưu. Hãy tải lại trang rồi nhập lại; nội dung bạn vừa nhập vẫn còn bên dưới."));
        }

        return problems;
    }

    /// <summary>
    /// A post to a report the user may not act on is refused outright, before any work: 404 when
    /// they may not even see the report (its existence stays hidden), 403 when they may read it but
    /// not change it. A workflow refusal (period closed, report already approved) stays a message on the form.
    /// </summary>
    private async Task<IActionResult?> RefusalAsync(Report? report, OperationAuthorizationRequirement operation) =>
        report is null ? NotFound()
        : (await authorization.AuthorizeAsync(User, report, operation)).Succeeded ? null
        : Forbid();
}
