using LearningSociety.Infrastructure.Importing;
using LearningSociety.Web.Authorization;
using LearningSociety.Web.Features.PlanEditor;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.PlanImport;

/// <summary>
/// "Nhập kế hoạch từ văn bản": paste or upload → review the draft beside its source → confirm.
/// The draft lives only in the review form until the user confirms it.
/// </summary>
[Authorize(Policy = Policies.PlanAuthor)]
public sealed class PlanImportController(
    UserScopeProvider scope, PlanImportReader reader, PlanImportReview review, PlanImportSaver saver, ImportDraftProtector protector,
    PlanImportOptions options, OcrJobs ocr) : Controller
{
    [HttpGet]
    public IActionResult Index() => View(new ImportSourceModel { MaxFileBytes = options.MaxFileBytes });

    [HttpPost]
    [RequestSizeLimit(UploadLimits.TransportBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.TransportBytes, ValueLengthLimit = UploadLimits.FormValueBytes)]
    [FriendlyUploadLimit]
    public async Task<IActionResult> Index(ImportSourceInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            // A character taken out of the pasted text is said, not swallowed: the text as cleaned is shown to check and send again.
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new ImportSourceModel
            {
                Text = input.Text, Error = string.Join(" ", ModelState.Problems().Select(p => p.Message).Distinct()), MaxFileBytes = options.MaxFileBytes,
            });
        }

        var user = await scope.GetAsync(ct);
        ImportDraftState state;
        try
        {
            var (fileName, document) = reader.Open(input);
            if (document.Scan is { } scan)
            {
                return RedirectToAction(nameof(Ocr), new { id = await ocr.StartAsync(user, fileName, scan, ct) });
            }

            state = await reader.DraftAsync(document.Text!, fileName, user, ct);
        }
        catch (PlanFileException ex)
        {
            Response.StatusCode = input.File?.Length > options.MaxFileBytes ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status422UnprocessableEntity;
            return View(new ImportSourceModel { Text = input.File is null ? input.Text : null, Error = ex.Message, MaxFileBytes = options.MaxFileBytes });
        }

        return View("Review", await review.BuildAsync(state, await reader.FirstInputAsync(state, user, ct), user, ct));
    }

    [HttpPost]
    [RequestSizeLimit(UploadLimits.TransportBytes)]
    [RequestFormLimits(ValueLengthLimit = UploadLimits.FormValueBytes, ValueCountLimit = 20_000)]
    public async Task<IActionResult> Review(ImportReviewInput input, CancellationToken ct)
    {
        var state = protector.Unprotect<ImportDraftState>(input.State);
        if (state is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity; // understood, but the draft cannot be used: the page says what to do
            return View(nameof(Index), new ImportSourceModel
            {
                Error = "Bản nháp đã hết hạn hoặc không đọc được (có thể máy chủ vừa khởi động lại). Hãy nhập lại văn bản.",
                MaxFileBytes = options.MaxFileBytes,
            });
        }

        var user = await scope.GetAsync(ct);
        // What the binder found (a character taken out of a title…) stops the save and is said beside its field.
        var outcome = ModelState.IsValid ? await saver.RunAsync(state, input, user, ct) : new ImportOutcome(ModelState.Problems());
        if (outcome.Forbidden)
        {
            return Forbid();
        }

        if (outcome.SavedId is { } id)
        {
            TempData["StatusMessage"] = "Đã lưu kế hoạch dự thảo từ văn bản nhập. Hãy rà soát, bổ sung trong trình soạn thảo; khi xong, bấm “Ban hành”.";
            return Redirect($"/PlanEditor/Edit/{id}");
        }

        // The posted values are shown again as typed, with the binder's or the importer's messages.
        ModelState.Clear();
        ModelState.AddProblems(outcome.Problems);

        var model = await review.BuildAsync(state, input, user, ct);
        if (outcome.Problems.Count > 0)
        {
            ModelState.AddModelError(string.Empty, "Chưa lưu: vui lòng sửa các mục được đánh dấu bên dưới.");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        else
        {
            model.Notice = "Bản nháp hợp lệ. Bấm “Xác nhận lưu” để tạo kế hoạch dự thảo.";
        }

        return View("Review", model);
    }

    /// <summary>The progress of a scan being read by OCR ("Đang nhận dạng trang 3/12"); its script moves on to the review when it ends.</summary>
    [HttpGet]
    public async Task<IActionResult> Ocr(int id, CancellationToken ct) =>
        await ocr.StatusAsync(id, (await scope.GetAsync(ct)).UserId, ct) is { } status ? View(status) : NotFound();

    [HttpGet]
    [Produces("application/json")]
    public async Task<IActionResult> OcrStatus(int id, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        return await ocr.StatusAsync(id, (await scope.GetAsync(ct)).UserId, ct) is { } status ? Ok(status) : NotFound();
    }

    /// <summary>One page image of a scan, to the person who uploaded it only.</summary>
    [HttpGet]
    public async Task<IActionResult> OcrPage(int id, int page, CancellationToken ct)
    {
        if (await ocr.PageImageAsync(id, page, (await scope.GetAsync(ct)).UserId, ct) is not { } image)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, max-age=3600";
        return PhysicalFile(image.Path, image.ContentType);
    }

    /// <summary>The review of a scan read by OCR: the draft from its text, each page's image beside its recognised lines.</summary>
    [HttpGet]
    public async Task<IActionResult> OcrReview(int id, CancellationToken ct)
    {
        var user = await scope.GetAsync(ct);
        if (await ocr.ResultAsync(id, user.UserId, ct) is not { } result)
        {
            return await ocr.StatusAsync(id, user.UserId, ct) is null ? NotFound() : RedirectToAction(nameof(Ocr), new { id });
        }

        var starts = new List<int>();
        var line = 1;
        foreach (var page in result.Pages)
        {
            starts.Add(line);
            line += page.Split('\n').Length;
        }

        var state = await reader.DraftAsync(string.Join('\n', result.Pages), result.FileName, user, ct) with { OcrJob = id, PageStarts = starts };
        return View("Review", await review.BuildAsync(state, await reader.FirstInputAsync(state, user, ct), user, ct));
    }

    [HttpGet]
    public IActionResult Template()
    {
        var stream = new MemoryStream();
        AssignmentWorkbook.CreateTemplate(stream);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "mau-nhap-nhiem-vu-chi-tieu.xlsx");
    }
}
