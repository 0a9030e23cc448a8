using LearningSociety.Web.Authorization;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Consolidated;

/// <summary>"Báo cáo tổng hợp" of a unit for a period, as a page and as JSON. Both go through the same scope check.</summary>
[Authorize(Policy = Policies.Consolidate)]
public sealed class ConsolidatedController(UserScopeProvider scope, ConsolidationService service, ConsolidatedDocuments documents, FreshCache cache) : Controller
{
    /// <summary>
    /// The page's rows are kept as the roll-up is (<see cref="FreshCache"/>, same key): built from the consolidation read
    /// inside, so under a version never earlier than the one they are kept under.
    /// </summary>
    [HttpGet("/Consolidated")]
    public async Task<IActionResult> Index(int? periodId, int? unitId, bool approvedOnly, HistoryView? view, CancellationToken ct)
    {
        var user = await scope.GetAsync(ct);
        var (outcome, model) = await cache.GetOrCreateAsync(service.Key("page", user, periodId, unitId, approvedOnly, view), async () =>
        {
            var consolidation = await service.ComputeAsync(user, periodId, unitId, approvedOnly, ct, view);
            return (consolidation.Outcome, consolidation.Outcome == ScopeOutcome.Ok ? ConsolidatedModelBuilder.Build(consolidation) : null);
        });
        return outcome switch
        {
            ScopeOutcome.NotFound => NotFound(),
            ScopeOutcome.Forbidden => Forbid(),
            _ => View(model),
        };
    }

    [HttpGet("/api/consolidated")]
    [Produces("application/json")]
    public async Task<IActionResult> Api(int? periodId, int? unitId, bool approvedOnly, HistoryView? view, CancellationToken ct)
    {
        var consolidation = await service.ComputeAsync(await scope.GetAsync(ct), periodId, unitId, approvedOnly, ct, view);
        return consolidation.Outcome switch
        {
            ScopeOutcome.Forbidden => Problem(statusCode: StatusCodes.Status403Forbidden, title: "Đơn vị nằm ngoài phạm vi bạn được xem."),
            _ when consolidation.History?.Error is { } error => Problem(statusCode: StatusCodes.Status409Conflict, title: "Không tính được số liệu theo đơn vị hiện nay.", detail: error),
            _ when consolidation.Tree is null => Problem(statusCode: StatusCodes.Status404NotFound, title: "Không có kỳ báo cáo hoặc đơn vị này."),
            _ => Ok(ConsolidatedApiMapper.Map(consolidation)),
        };
    }

    /// <summary>The page's figures as an official report; refused exactly as the page is.</summary>
    [HttpGet("/Consolidated/Pdf")]
    public Task<IActionResult> Pdf(int? periodId, int? unitId, bool approvedOnly, HistoryView? view, CancellationToken ct) =>
        DownloadAsync(periodId, unitId, approvedOnly, view, asPdf: true, ct);

    /// <summary>The page's figures as a workbook; refused exactly as the page is.</summary>
    [HttpGet("/Consolidated/Excel")]
    public Task<IActionResult> Excel(int? periodId, int? unitId, bool approvedOnly, HistoryView? view, CancellationToken ct) =>
        DownloadAsync(periodId, unitId, approvedOnly, view, asPdf: false, ct);

    private async Task<IActionResult> DownloadAsync(int? periodId, int? unitId, bool approvedOnly, HistoryView? view, bool asPdf, CancellationToken ct)
    {
        var consolidation = await service.ComputeAsync(await scope.GetAsync(ct), periodId, unitId, approvedOnly, ct, view);
        if (Refusal(consolidation) is { } refusal)
        {
            return refusal;
        }

        var file = await documents.BuildAsync(consolidation, asPdf, ct);
        Response.Headers.ContentDisposition = file.Disposition;
        return File(file.Content, file.ContentType);
    }

    /// <summary>Forbidden and not found as on the page; a scope with nothing to consolidate is not found too, as there is no report to give.</summary>
    private IActionResult? Refusal(Consolidation consolidation) => consolidation.Outcome switch
    {
        ScopeOutcome.NotFound => NotFound(),
        ScopeOutcome.Forbidden => Forbid(),
        _ when consolidation.Tree is null => NotFound(),
        _ => null,
    };
}
