using LearningSociety.Domain.Identity;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Consolidated;

/// <summary>"Báo cáo tổng hợp" of a unit for a period, as a page and as JSON. Both go through the same scope check.</summary>
[Authorize(Roles = ConsolidatedRoles)]
public sealed class ConsolidatedController(UserScopeProvider scope, ConsolidationService service) : Controller
{
    public const string ConsolidatedRoles = Roles.Admin + "," + Roles.ProvinceReviewer + "," + Roles.DistrictOfficer + "," + Roles.Leader;

    [HttpGet("/Consolidated")]
    public async Task<IActionResult> Index(int? periodId, int? unitId, bool approvedOnly, CancellationToken ct)
    {
        var consolidation = await service.ComputeAsync(await scope.GetAsync(ct), periodId, unitId, approvedOnly, ct);
        return consolidation.Outcome switch
        {
            ScopeOutcome.NotFound => NotFound(),
            ScopeOutcome.Forbidden => Forbid(),
            _ => View(ConsolidatedModelBuilder.Build(consolidation)),
        };
    }

    [HttpGet("/api/consolidated")]
    [Produces("application/json")]
    public async Task<IActionResult> Api(int? periodId, int? unitId, bool approvedOnly, CancellationToken ct)
    {
        var consolidation = await service.ComputeAsync(await scope.GetAsync(ct), periodId, unitId, approvedOnly, ct);
        return consolidation.Outcome switch
        {
            ScopeOutcome.Forbidden => Problem(statusCode: StatusCodes.Status403Forbidden, title: "Đơn vị nằm ngoài phạm vi bạn được xem."),
            _ when consolidation.Tree is null => Problem(statusCode: StatusCodes.Status404NotFound, title: "Không có kỳ báo cáo hoặc đơn vị này."),
            _ => Ok(ConsolidatedApiMapper.Map(consolidation)),
        };
    }
}
