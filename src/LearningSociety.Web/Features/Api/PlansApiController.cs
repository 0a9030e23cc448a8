using System.ComponentModel.DataAnnotations;
using LearningSociety.Domain.Reporting;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Api;

/// <summary>Plans and report statuses: tokens with the "Plans" scope.</summary>
[Authorize(Policy = ApiPolicies.Plans)]
public sealed class PlansApiController(ApiQueries queries, UserScopeProvider scope) : ApiControllerBase
{
    /// <summary>Plans in force or finished of the token's units and of the units above them, newest first.</summary>
    [HttpGet("plans")]
    [EndpointSummary("Kế hoạch")]
    [ProducesResponseType<ApiPage<ApiPlanSummary>>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> Plans(
        [Range(1, MaxPage, ErrorMessage = PageMessage)] int page = 1,
        [Range(1, MaxPageSize, ErrorMessage = PageSizeMessage)] int pageSize = DefaultPageSize,
        [Range(1900, 2200, ErrorMessage = YearMessage)] int? year = null, CancellationToken ct = default) =>
        Ok(await queries.PlansAsync(await scope.GetAsync(ct), page, pageSize, year, ct));

    /// <summary>One plan with its phases, sections and tasks, assignments, deadlines and targets.</summary>
    [HttpGet("plans/{id:int}")]
    [EndpointSummary("Một kế hoạch")]
    [ProducesResponseType<ApiPlan>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Plan([Range(1, int.MaxValue, ErrorMessage = IdMessage)] int id, CancellationToken ct) =>
        await queries.PlanAsync(await scope.GetAsync(ct), id, ct) is { } plan ? Ok(plan) : NotFoundProblem("Không có kế hoạch này trong phạm vi của mã truy cập.");

    /// <summary>Who has reported in a period, when, and whether late; <c>unitId</c> narrows to a unit's subtree.</summary>
    [HttpGet("periods/{periodId:int}/reports")]
    [EndpointSummary("Tình trạng báo cáo của một kỳ")]
    [ProducesResponseType<ApiPage<ApiReportStatus>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Reports(
        [Range(1, int.MaxValue, ErrorMessage = IdMessage)] int periodId,
        [Range(1, MaxPage, ErrorMessage = PageMessage)] int page = 1,
        [Range(1, MaxPageSize, ErrorMessage = PageSizeMessage)] int pageSize = DefaultPageSize,
        [Range(1, int.MaxValue, ErrorMessage = IdMessage)] int? unitId = null,
        ReportStatus? status = null, CancellationToken ct = default)
    {
        if (Undefined(status, nameof(status)) is { } bad)
        {
            return bad;
        }

        return await queries.ReportsAsync(await scope.GetAsync(ct), periodId, page, pageSize, unitId, status, ct) is { } reports
            ? Ok(reports) : NotFoundProblem("Không có kỳ báo cáo hoặc đơn vị này trong phạm vi của mã truy cập.");
    }
}
