using LearningSociety.Infrastructure.UnitLists;
using LearningSociety.Web.Authorization;
using LearningSociety.Web.Features.PlanImport;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Admin.UnitImport;

/// <summary>
/// "Nhập danh mục đơn vị": upload an official unit list → its preview (computed in the background) →
/// confirm → the import in the background → its result. Every administrator sees every job.
/// </summary>
[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
public sealed class UnitImportController(UnitImportJobs jobs, UserScopeProvider scope) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) => View(new UnitImportListModel(null, await jobs.RecentAsync(ct)));

    [HttpPost]
    [RequestSizeLimit(UploadLimits.TransportBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.TransportBytes)]
    [FriendlyUploadLimit]
    public async Task<IActionResult> Index(UnitImportUpload upload, CancellationToken ct)
    {
        var (id, error) = await jobs.UploadAsync(await scope.GetAsync(ct), upload.File, ct);
        if (id is { } jobId)
        {
            return RedirectToAction(nameof(Show), new { id = jobId });
        }

        Response.StatusCode = upload.File?.Length > UnitListReader.MaxBytes ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status422UnprocessableEntity;
        return View(new UnitImportListModel(error, await jobs.RecentAsync(ct)));
    }

    [HttpGet]
    public async Task<IActionResult> Show(int id, CancellationToken ct) =>
        await jobs.PageAsync(id, ct) is { } page ? View(page) : NotFound();

    [HttpGet]
    [Produces("application/json")]
    public async Task<IActionResult> Status(int id, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        return await jobs.StatusAsync(id, ct) is { } status ? Ok(status) : NotFound();
    }

    [HttpPost]
    public async Task<IActionResult> Confirm(int id, CancellationToken ct) =>
        await jobs.ConfirmAsync(id, ct) ? RedirectToAction(nameof(Show), new { id }) : NotFound();
}
