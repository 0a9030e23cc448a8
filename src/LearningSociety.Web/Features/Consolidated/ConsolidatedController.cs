using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Identity;
using LearningSociety.Infrastructure.Exports.Pdf;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Consolidated;

/// <summary>"Báo cáo tổng hợp" of a unit for a period, as a page and as JSON. Both go through the same scope check.</summary>
[Authorize(Roles = ConsolidatedRoles)]
public sealed class ConsolidatedController(UserScopeProvider scope, ConsolidationService service, ConsolidatedNarrativeLoader narratives, IPdfRenderer pdf, TimeProvider clock) : Controller
{
    public const string ConsolidatedRoles = Roles.Admin + "," + Roles.ProvinceReviewer + "," + Roles.DistrictOfficer + "," + Roles.Leader;

    [HttpGet("/Consolidated")]
    public async Task<IActionResult> Index(int? periodId, int? unitId, bool approvedOnly, HistoryView? view, CancellationToken ct)
    {
        var consolidation = await service.ComputeAsync(await scope.GetAsync(ct), periodId, unitId, approvedOnly, ct, view);
        return consolidation.Outcome switch
        {
            ScopeOutcome.NotFound => NotFound(),
            ScopeOutcome.Forbidden => Forbid(),
            _ => View(ConsolidatedModelBuilder.Build(consolidation)),
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
    public async Task<IActionResult> Pdf(int? periodId, int? unitId, bool approvedOnly, HistoryView? view, CancellationToken ct)
    {
        var consolidation = await service.ComputeAsync(await scope.GetAsync(ct), periodId, unitId, approvedOnly, ct, view);
        if (Refusal(consolidation) is { } refusal)
        {
            return refusal;
        }

        var model = ConsolidatedModelBuilder.Build(consolidation);
        using var buffer = new MemoryStream();
        pdf.Render(ConsolidatedPdf.Build(model, VietnamTime.Today(clock), clock.GetUtcNow(), await narratives.LoadAsync(consolidation, ct)), buffer);
        return Download(buffer.ToArray(), "application/pdf", ConsolidatedExport.ContentDisposition(model, "pdf"));
    }

    /// <summary>The page's figures as a workbook; refused exactly as the page is.</summary>
    [HttpGet("/Consolidated/Excel")]
    public async Task<IActionResult> Excel(int? periodId, int? unitId, bool approvedOnly, HistoryView? view, CancellationToken ct)
    {
        var consolidation = await service.ComputeAsync(await scope.GetAsync(ct), periodId, unitId, approvedOnly, ct, view);
        if (Refusal(consolidation) is { } refusal)
        {
            return refusal;
        }

        var model = ConsolidatedModelBuilder.Build(consolidation);
        return Download(ConsolidatedWorkbook.Build(model, clock.GetUtcNow(), await narratives.LoadAsync(consolidation, ct)),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ConsolidatedExport.ContentDisposition(model, "xlsx"));
    }

    /// <summary>Forbidden and not found as on the page; a scope with nothing to consolidate is not found too, as there is no report to give.</summary>
    private IActionResult? Refusal(Consolidation consolidation) => consolidation.Outcome switch
    {
        ScopeOutcome.NotFound => NotFound(),
        ScopeOutcome.Forbidden => Forbid(),
        _ when consolidation.Tree is null => NotFound(),
        _ => null,
    };

    private FileContentResult Download(byte[] content, string contentType, string disposition)
    {
        Response.Headers.ContentDisposition = disposition;
        return File(content, contentType);
    }
}
