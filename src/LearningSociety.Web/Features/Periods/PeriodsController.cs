using LearningSociety.Domain.Commands;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Reporting;
using LearningSociety.Web.Authorization;
using LearningSociety.Web.Features.PlanEditor;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Periods;

/// <summary>The reporting periods of a plan: who opened which, how far each has come; open and close them.</summary>
public sealed class PeriodsController(
    AppDbContext db, UserScopeProvider scope, PeriodOpener opener, PeriodCloser closer, PeriodReporters reporters, AuditLog audit, TimeProvider clock,
    IAuthorizationService authorization) : Controller
{
    [HttpGet("/Plans/{planId:int}/Periods")]
    public async Task<IActionResult> Index(int planId, CancellationToken ct)
    {
        var user = await scope.GetAsync(ct);
        var plan = await db.Plans.AsNoTracking().ReadableBy(user).Where(p => p.Id == planId)
            .Select(p => new { p.Id, p.Number, p.Symbol, p.Title, UnitPath = p.Unit!.Path, p.PeriodStartYear, p.PeriodEndYear, p.Status })
            .SingleOrDefaultAsync(ct);
        if (plan is null)
        {
            return NotFound();
        }

        var phases = await db.PlanPhases.AsNoTracking().Where(p => p.PlanId == planId).OrderBy(p => p.Start).Select(p => p.Name).ToListAsync(ct);
        var frequencies = await db.ReportingRules.AsNoTracking().Where(r => r.PlanId == planId).Select(r => r.Frequency).Distinct().ToListAsync(ct);

        var rows = await db.ReportingPeriods.AsNoTracking().Where(p => p.PlanId == planId).OrderByDescending(p => p.Deadline)
            .Select(p => new PeriodsModel.Row(p.Id, p.Name, p.CutoffStart, p.CutoffEnd, p.Deadline, p.IsClosed,
                p.Reports.Count(r => r.Status != ReportStatus.Excused),
                p.Reports.Count(r => r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Approved),
                p.Reports.Count(r => r.Status == ReportStatus.Approved),
                p.Reports.Count(r => r.IsLate),
                p.Reports.Count(r => r.Status == ReportStatus.Excused),
                p.Reports.Count(r => r.Status == ReportStatus.NotSubmitted)))
            .ToListAsync(ct);
        var today = VietnamTime.Today(clock);
        var year = Math.Clamp(today.Year, plan.PeriodStartYear, plan.PeriodEndYear);

        // A plan in force this year whose bodies have ended is not opened by the calendar: say so, and name them.
        var calendarYear = PeriodCalendar.AnnualYearOn(today);
        var window = PeriodCalendar.Annual(calendarYear, null, []);
        var waiting = plan.Status == PlanStatus.Active && plan.PeriodStartYear <= calendarYear && calendarYear <= plan.PeriodEndYear
            && frequencies.Contains(ReportFrequency.Annual) && rows.All(r => r.Name != window.Name)
            ? new PeriodsModel.Waiting(window.Name, await PlanBodies.EndedAsync(db, planId, window.CutoffEnd, ct))
            : null;
        return View(new PeriodsModel(plan.Id, $"{plan.Number ?? "…"}/{plan.Symbol}", plan.Title, PlanAuthoring.CanEdit(user, plan.UnitPath), year, phases, frequencies, rows,
            waiting is { Bodies.Count: > 0 } ? waiting : null));
    }

    [HttpPost("/Plans/{planId:int}/Periods/Open")]
    public async Task<IActionResult> Open(int planId, ReportFrequency frequency, int year, int? quarter, string? phase, CancellationToken ct)
    {
        var user = await scope.GetAsync(ct);
        var plan = await db.Plans.AsNoTracking().Include(p => p.Unit).SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null || !(await authorization.AuthorizeAsync(User, plan, Operations.Edit)).Succeeded)
        {
            return Forbid();
        }

        var opened = ModelState.IsValid
            ? await opener.OpenAsync(planId, frequency, year, quarter, phase, ct)
            : CommandResult<ReportingPeriod>.Refused("Loại kỳ, năm, quý hoặc giai đoạn đã chọn không đọc được: hãy chọn lại.");
        if (opened.Value is { } period)
        {
            audit.Add(user, AuditAction.PeriodOpen, AuditSubject.ReportingPeriod, period.Id, period.Name);
            await db.SaveChangesAsync(ct);
            TempData["StatusMessage"] = $"Đã mở kỳ báo cáo “{period.Name}” với {period.Reports.Count} báo cáo phải nộp, hạn nộp {Display.Date(period.Deadline)}.";
        }
        else
        {
            TempData["ErrorMessage"] = opened.Message;
        }

        return RedirectToAction(nameof(Index), new { planId });
    }

    /// <summary>Closing a period (khóa sổ) freezes every report in it.</summary>
    [HttpPost("/Plans/{planId:int}/Periods/{id:int}/Close")]
    public async Task<IActionResult> Close(int planId, int id, CancellationToken ct)
    {
        var user = await scope.GetAsync(ct);
        var period = await db.ReportingPeriods.Include(p => p.Plan).ThenInclude(p => p!.Unit).SingleOrDefaultAsync(p => p.Id == id && p.PlanId == planId, ct);
        if (period is null || !(await authorization.AuthorizeAsync(User, period.Plan!, Operations.Edit)).Succeeded)
        {
            return Forbid();
        }

        var notSubmitted = await closer.CloseAsync(period.Id, user.UserId, user.UserName, ct);
        TempData["StatusMessage"] = notSubmitted is { } count
            ? $"Đã khóa sổ kỳ “{period.Name}”; {count} báo cáo chưa nộp được ghi nhận là không nộp."
            : $"Kỳ “{period.Name}” đã được khóa sổ trước đó.";
        return RedirectToAction(nameof(Index), new { planId });
    }

    /// <summary>Who reports in a period: add an agency that appeared after it opened, or excuse one.</summary>
    [HttpGet("/Plans/{planId:int}/Periods/{id:int}")]
    public async Task<IActionResult> Reporters(int planId, int id, CancellationToken ct)
    {
        var (period, refused) = await ManagedPeriodAsync(planId, id, ct);
        return refused ?? View(await reporters.LoadAsync(period!, ct));
    }

    [HttpPost("/Plans/{planId:int}/Periods/{id:int}/Reporters/Add")]
    public async Task<IActionResult> AddReporter(int planId, int id, [Bind(Prefix = "Add")] AddReporterInput input, CancellationToken ct)
    {
        var (period, refused) = await ManagedPeriodAsync(planId, id, ct);
        if (refused is not null)
        {
            return refused;
        }

        if (ModelState.IsValid)
        {
            var (ok, message) = await reporters.AddAsync(period!, input.AgencyId!.Value, await scope.GetAsync(ct), ct);
            if (ok)
            {
                TempData["StatusMessage"] = message;
                return RedirectToAction(nameof(Reporters), new { planId, id });
            }

            ModelState.AddModelError("Add.AgencyId", message);
        }

        return await RedisplayAsync(period!, m => m.Add = input, ct);
    }

    [HttpPost("/Plans/{planId:int}/Periods/{id:int}/Reporters/Excuse")]
    public async Task<IActionResult> Excuse(int planId, int id, [Bind(Prefix = "Excuse")] ExcuseInput input, CancellationToken ct)
    {
        var (period, refused) = await ManagedPeriodAsync(planId, id, ct);
        if (refused is not null)
        {
            return refused;
        }

        if (ModelState.IsValid)
        {
            var (ok, message) = await reporters.ExcuseAsync(period!, input.ReportId!.Value, input.Reason!, await scope.GetAsync(ct), ct);
            if (ok)
            {
                TempData["StatusMessage"] = message;
                return RedirectToAction(nameof(Reporters), new { planId, id });
            }

            ModelState.AddModelError("Excuse.Reason", message);
        }

        return await RedisplayAsync(period!, m => m.Excuse = input, ct);
    }

    /// <summary>The period, when the user may manage the periods of its plan (the authors of the plan).</summary>
    private async Task<(PeriodReporters.PeriodRef? Period, IActionResult? Refused)> ManagedPeriodAsync(int planId, int id, CancellationToken ct)
    {
        var user = await scope.GetAsync(ct);
        var period = await reporters.FindAsync(planId, id, ct);
        return period is null || !PlanAuthoring.CanEdit(user, period.PlanUnitPath) ? (null, Forbid()) : (period, null);
    }

    /// <summary>A refused form comes back with what was typed and the message beside the field (422).</summary>
    private async Task<IActionResult> RedisplayAsync(PeriodReporters.PeriodRef period, Action<PeriodReportersModel> keep, CancellationToken ct)
    {
        var model = await reporters.LoadAsync(period, ct);
        keep(model);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Reporters), model);
    }
}
