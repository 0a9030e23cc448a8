using LearningSociety.Infrastructure.Exports.Jobs;
using LearningSociety.Web.Authorization;
using LearningSociety.Web.Features.Consolidated;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Exports;

/// <summary>
/// Background exports for large scopes: ask (POST, checked like the page), watch the progress,
/// download when ready. Someone else's job answers 404 everywhere, as if it did not exist.
/// </summary>
[Authorize(Policy = Policies.Consolidate)]
public sealed class ExportsController(UserScopeProvider scope, ExportJobs jobs, ExportFiles files, IAuthorizationService authorization) : Controller
{
    [HttpGet("/Exports")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await jobs.RecentAsync(await scope.GetAsync(ct), ct));

    [HttpPost("/Exports")]
    public async Task<IActionResult> Create(ExportRequest request, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest(); // an unknown kind must not fall back to the default one
        }

        var outcome = await jobs.RequestAsync(await scope.GetAsync(ct), request, ct);
        return outcome switch
        {
            { Scope: ScopeOutcome.Forbidden } => Forbid(),
            { JobId: { } id } => Redirect(ExportJobs.PageUrl(id)),
            _ => NotFound(),
        };
    }

    [HttpGet("/Exports/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var job = await OwnJobAsync(id, ct);
        return job is null ? NotFound() : View(new ExportPageModel(job, await jobs.StatusAsync(job, ct)));
    }

    [HttpGet("/Exports/{id:int}/Status")]
    [Produces("application/json")]
    public async Task<IActionResult> Status(int id, CancellationToken ct)
    {
        var job = await OwnJobAsync(id, ct);
        Response.Headers.CacheControl = "no-store";
        return job is null ? NotFound() : Ok(await jobs.StatusAsync(job, ct));
    }

    [HttpGet("/Exports/{id:int}/File")]
    public async Task<IActionResult> Download(int id, CancellationToken ct)
    {
        var job = await OwnJobAsync(id, ct);
        if (job is not { State: ExportState.Done, StoredFile: { } stored } || !System.IO.File.Exists(files.PathOf(stored)))
        {
            return NotFound();
        }

        var type = stored.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return PhysicalFile(files.PathOf(stored), type, job.FileName ?? Path.GetFileName(stored));
    }

    /// <summary>The job when it is the user's own; null for anyone else's, so another user cannot even learn it exists.</summary>
    private async Task<ExportJob?> OwnJobAsync(int id, CancellationToken ct) =>
        await jobs.FindAsync(id, ct) is { } job && (await authorization.AuthorizeAsync(User, job, Operations.Read)).Succeeded ? job : null;
}
