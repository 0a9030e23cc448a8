using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Identity;
using LearningSociety.Infrastructure.Exports.Pdf;
using LearningSociety.Web.Authorization;
using LearningSociety.Web.Features.Consolidated;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Dashboard;

/// <summary>
/// "Tổng quan": the province dashboard for the Sở and administrators, the same for a district's
/// communes for the Phòng, and a one-screen summary for leaders. Scope is the user's own unit.
/// </summary>
[Authorize(Policy = Policies.Consolidate)]
public sealed class DashboardController(UserScopeProvider scope, DashboardQueries queries, IPdfRenderer pdf, TimeProvider clock) : Controller
{
    [HttpGet("/Dashboard")]
    public async Task<IActionResult> Index(int? periodId, int? unitId, bool approvedOnly, HistoryView? view, CancellationToken ct)
    {
        var user = await scope.GetAsync(ct);
        var leaderOnly = user.Roles.Contains(Roles.Leader) && !user.IsAdmin && !user.IsReviewer;
        return await ShowAsync(user, leaderOnly ? "Leader" : "Index", periodId, unitId, approvedOnly, view, ct);
    }

    [HttpGet("/Dashboard/Leader")]
    public async Task<IActionResult> Leader(int? periodId, int? unitId, bool approvedOnly, HistoryView? view, CancellationToken ct) =>
        await ShowAsync(await scope.GetAsync(ct), "Leader", periodId, unitId, approvedOnly, view, ct);

    /// <summary>The leader's page on one printed page; the same query and the same scope rules as the page.</summary>
    [HttpGet("/Dashboard/Leader/Pdf")]
    public async Task<IActionResult> LeaderPdf(int? periodId, int? unitId, bool approvedOnly, HistoryView? view, CancellationToken ct)
    {
        var model = await queries.BuildAsync(await scope.GetAsync(ct), periodId, unitId, approvedOnly, ct, view);
        if (model.Scope.Outcome == ScopeOutcome.Forbidden)
        {
            return Forbid();
        }

        if (model.Scope.Outcome == ScopeOutcome.NotFound || LeaderSummary.From(model) is not { } summary)
        {
            return NotFound();
        }

        using var buffer = new MemoryStream();
        pdf.Render(LeaderSummaryPdf.Build(summary, VietnamTime.Today(clock), clock.GetUtcNow()), buffer);
        Response.Headers.ContentDisposition = DownloadName.Disposition($"Tóm tắt - {summary.Unit} - {model.Period?.Name}", "pdf");
        return File(buffer.ToArray(), "application/pdf");
    }

    private async Task<IActionResult> ShowAsync(UserScope user, string page, int? periodId, int? unitId, bool approvedOnly, HistoryView? view, CancellationToken ct)
    {
        var model = await queries.BuildAsync(user, periodId, unitId, approvedOnly, ct, view);
        return model.Scope.Outcome switch
        {
            ScopeOutcome.NotFound => NotFound(),
            ScopeOutcome.Forbidden => Forbid(),
            _ => View(page, model),
        };
    }
}
