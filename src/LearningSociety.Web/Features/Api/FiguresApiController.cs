using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text.Json;
using LearningSociety.Web.Features.Consolidated;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LearningSociety.Web.Features.Api;

/// <summary>
/// The consolidated figures of a period, exactly as /api/consolidated computes them (the same scope
/// check, roll-up and JSON), for tokens with the "Figures" scope. The answer carries an ETag of its
/// bytes: a client that sends it back in If-None-Match gets 304 until a figure changes.
/// </summary>
[Authorize(Policy = ApiPolicies.Figures)]
public sealed class FiguresApiController(ConsolidationService service, UserScopeProvider scope, IOptions<JsonOptions> json) : ApiControllerBase
{
    /// <param name="periodId">The period (see /api/v1/periods).</param>
    /// <param name="unitId">The unit to consolidate; by default the token's own unit.</param>
    /// <param name="approvedOnly">Count approved reports only.</param>
    /// <param name="view">For a period filed before the 2025 reform: "current" (under today's units) or "reported" (as filed).</param>
    [HttpGet("periods/{periodId:int}/figures")]
    [EndpointSummary("Số liệu tổng hợp của một kỳ")]
    [ProducesResponseType<ConsolidatedApiModel>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Figures(
        [Range(1, int.MaxValue, ErrorMessage = IdMessage)] int periodId,
        [Range(1, int.MaxValue, ErrorMessage = IdMessage)] int? unitId = null,
        bool approvedOnly = false, HistoryView? view = null, CancellationToken ct = default)
    {
        if (Undefined(view, nameof(view)) is { } bad)
        {
            return bad;
        }

        var consolidation = await service.ComputeAsync(await scope.GetAsync(ct), periodId, unitId, approvedOnly, ct, view);
        if (consolidation.Outcome == ScopeOutcome.Forbidden)
        {
            return Problem(statusCode: StatusCodes.Status403Forbidden, title: "Đơn vị nằm ngoài phạm vi của mã truy cập.");
        }

        if (consolidation.History?.Error is { } error)
        {
            return Problem(statusCode: StatusCodes.Status409Conflict, title: "Không tính được số liệu theo đơn vị hiện nay.", detail: error);
        }

        if (consolidation.Tree is null)
        {
            return NotFoundProblem("Không có kỳ báo cáo hoặc đơn vị này trong phạm vi của mã truy cập.");
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(ConsolidatedApiMapper.Map(consolidation), json.Value.JsonSerializerOptions);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"";
        Response.Headers.ETag = etag;
        Response.Headers.CacheControl = "private, no-cache";
        if (Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(tag => tag.Trim() is var t && (t == etag || t == "W/" + etag || t == "*"))))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        return File(body, "application/json; charset=utf-8");
    }
}
