using System.ComponentModel.DataAnnotations;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Api;

/// <summary>Units, agencies and periods of the token's subtree: open to any token, whatever its scope.</summary>
[Authorize(Policy = ApiPolicies.Directory)]
public sealed class DirectoryApiController(ApiQueries queries, UserScopeProvider scope) : ApiControllerBase
{
    /// <summary>Administrative units of the token's subtree, and of the old units that went into it.</summary>
    [HttpGet("units")]
    [EndpointSummary("Đơn vị hành chính")]
    [ProducesResponseType<ApiPage<ApiUnit>>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> Units(
        [Range(1, MaxPage, ErrorMessage = PageMessage)] int page = 1,
        [Range(1, MaxPageSize, ErrorMessage = PageSizeMessage)] int pageSize = DefaultPageSize,
        UnitLevel? level = null, DateOnly? validOn = null, CancellationToken ct = default) =>
        Undefined(level, nameof(level)) ?? (IActionResult)Ok(await queries.UnitsAsync(await scope.GetAsync(ct), page, pageSize, level, validOn, ct));

    [HttpGet("units/{id:int}")]
    [EndpointSummary("Một đơn vị hành chính")]
    [ProducesResponseType<ApiUnit>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Unit([Range(1, int.MaxValue, ErrorMessage = IdMessage)] int id, CancellationToken ct) =>
        await queries.UnitAsync(await scope.GetAsync(ct), id, ct) is { } unit ? Ok(unit) : NotFoundProblem("Không có đơn vị này trong phạm vi của mã truy cập.");

    /// <summary>Agencies of the units the token sees; <c>unitId</c> narrows to one unit.</summary>
    [HttpGet("agencies")]
    [EndpointSummary("Cơ quan, đơn vị")]
    [ProducesResponseType<ApiPage<ApiAgency>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Agencies(
        [Range(1, MaxPage, ErrorMessage = PageMessage)] int page = 1,
        [Range(1, MaxPageSize, ErrorMessage = PageSizeMessage)] int pageSize = DefaultPageSize,
        [Range(1, int.MaxValue, ErrorMessage = IdMessage)] int? unitId = null, CancellationToken ct = default) =>
        await queries.AgenciesAsync(await scope.GetAsync(ct), page, pageSize, unitId, ct) is { } agencies
            ? Ok(agencies) : NotFoundProblem("Không có đơn vị này trong phạm vi của mã truy cập.");

    /// <summary>Reporting periods in which a unit of the token's subtree reported, latest deadline first.</summary>
    [HttpGet("periods")]
    [EndpointSummary("Kỳ báo cáo")]
    [ProducesResponseType<ApiPage<ApiPeriod>>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> Periods(
        [Range(1, MaxPage, ErrorMessage = PageMessage)] int page = 1,
        [Range(1, MaxPageSize, ErrorMessage = PageSizeMessage)] int pageSize = DefaultPageSize,
        [Range(1, int.MaxValue, ErrorMessage = IdMessage)] int? planId = null,
        [Range(1900, 2200, ErrorMessage = YearMessage)] int? year = null, CancellationToken ct = default) =>
        Ok(await queries.PeriodsAsync(await scope.GetAsync(ct), page, pageSize, planId, year, ct));

    [HttpGet("periods/{id:int}")]
    [EndpointSummary("Một kỳ báo cáo")]
    [ProducesResponseType<ApiPeriod>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Period([Range(1, int.MaxValue, ErrorMessage = IdMessage)] int id, CancellationToken ct) =>
        await queries.PeriodAsync(await scope.GetAsync(ct), id, ct) is { } period ? Ok(period) : NotFoundProblem("Không có kỳ báo cáo này trong phạm vi của mã truy cập.");
}
