using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Reporting;
using LearningSociety.Web.Features.PlanEditor;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Periods;

/// <summary>The reporting periods of a plan: who opened which, how far each has come; open and close them.</summary>
public sealed class PeriodsController(AppDbContext db, UserScopeProvider scope, PeriodOpener opener, AuditLog audit, TimeProvider clock) : Controller
{
    [HttpGet("/Plans/{planId:int}/Periods")]
    public async Task<IActionResult> Index(int planId, CancellationToken ct)
    {
        var user = await scope.GetAsync(ct);
        var plan = await db.Plans.AsNoTracking().ReadableBy(user).Where(p => p.Id == planId)
            .Select(p => new { p.Id, p.Number, p.Symbol, p.Title, UnitPath = p.Unit!.Path, p.PeriodStartYear, p.PeriodEndYear })
            .SingleOrDefaultAsync(ct);
        if (plan is null)
        {
            return NotFound();
        }

        var phases = await db.PlanPhases.AsNoTracking().Where(p => p.PlanId == planId).OrderBy(p => p.Start).Select(p => p.Name).ToListAsync(ct);
        var frequencies = await db.ReportingRules.AsNoTracking().Where(r => r.PlanId == planId).Select(r => r.Frequency).Distinct().ToListAsync(ct);

        var rows = await db.ReportingPeriods.AsNoTracking().Where(p => p.PlanId == planId).OrderByDescending(p => p.Deadline)
            .Select(p => new PeriodsModel.Row(p.Id, p.Name, p.CutoffStart, p.CutoffEnd, p.Deadline, p.IsClosed,
                p.Reports.Count,
                p.Reports.Count(r => r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Approved),
                p.Reports.Count(r => r.Status == ReportStatus.Approved),
                p.Reports.Count(r => r.IsLate)))
            .ToListAsync(ct);
        var year = Math.Clamp(VietnamTime.Today(clock).Year, plan.PeriodStartYear, plan.PeriodEndYear);
        return View(new PeriodsModel(plan.Id, $"{plan.Number ?? "…"}/{plan.Symbol}", plan.Title, PlanAuthoring.CanEdit(user, plan.UnitPath), year, phases, frequencies, rows));
    }

    [HttpPost("/Plans/{planId:int}/Periods/Open")]
    public async Task<IActionResult> Open(int planId, ReportFrequency frequency, int year, int? quarter, string? phase, CancellationToken ct)
    {
        var user = await scope.GetAsync(ct);
        var unitPath = await db.Plans.Where(p => p.Id == planId).Select(p => p.Unit!.Path).SingleOrDefaultAsync(ct);
        if (unitPath is null || !PlanAuthoring.CanEdit(user, unitPath))
        {
            return Forbid();
        }

        try
        {
            var period = await opener.OpenAsync(planId, frequency, year, quarter, phase, ct);
            audit.Add(user, "period.open", "ReportingPeriod", period.Id, period.Name);
            await db.SaveChangesAsync(ct);
            TempData["StatusMessage"] = $"Đã mở kỳ báo cáo “{period.Name}” với {period.Reports.Count} báo cáo phải nộp, hạn nộp {Display.Date(period.Deadline)}.";
        }
        catch (Exception ex) when (ex is PeriodException or ArgumentException)
        {
            TempData["ErrorMessage"] = ex is PeriodException ? ex.Message : "Kỳ báo cáo không hợp lệ: " + ex.Message;
        }

        return RedirectToAction(nameof(Index), new { planId });
    }

    /// <summary>Closing a period (khóa sổ) freezes every report in it.</summary>
    [HttpPost("/Plans/{planId:int}/Periods/{id:int}/Close")]
    public async Task<IActionResult> Close(int planId, int id, CancellationToken ct)
    {
        var user = await scope.GetAsync(ct);
        var period = await db.ReportingPeriods.Include(p => p.Plan).ThenInclude(p => p!.Unit).SingleOrDefaultAsync(p => p.Id == id && p.PlanId == planId, ct);
        if (period is null || !PlanAuthoring.CanEdit(user, period.Plan!.Unit!.Path))
        {
            return Forbid();
        }

        period.IsClosed = true;
        audit.Add(user, "period.close", "ReportingPeriod", period.Id, period.Name);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = $"Đã khóa sổ kỳ “{period.Name}”.";
        return RedirectToAction(nameof(Index), new { planId });
    }
}
