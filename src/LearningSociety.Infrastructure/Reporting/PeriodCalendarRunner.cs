using System.Globalization;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LearningSociety.Infrastructure.Reporting;

/// <summary>
/// Periods follow the calendar (Decree 09/2019/NĐ-CP): on the first day of a year's cut-off window
/// (15/12 of the year before) the annual period of every plan in force opens, and a period is closed
/// (khóa sổ) <see cref="PeriodCalendarOptions.CloseAfterDays"/> days after its deadline. Safe to run any
/// number of times on any number of servers: each opening is one transaction guarded by the unique
/// (plan, name) index, each closing one conditional update.
/// </summary>
public sealed class PeriodCalendarRunner(
    AppDbContext db, PeriodOpener opener, PeriodCloser closer, TimeProvider clock, IOptions<PeriodCalendarOptions> options, ILogger<PeriodCalendarRunner> logger)
{
    public async Task<PeriodCalendarRun> RunAsync(CancellationToken ct = default)
    {
        var today = VietnamTime.Today(clock);
        var closed = await CloseDueAsync(today, ct);
        var (opened, waiting) = await OpenDueAsync(today, ct);
        return new PeriodCalendarRun(opened, closed, waiting);
    }

    private async Task<int> CloseDueAsync(DateOnly today, CancellationToken ct)
    {
        var lastDeadline = today.AddDays(-(Math.Max(0, options.Value.CloseAfterDays) + 1));
        var due = await db.ReportingPeriods.AsNoTracking().Where(p => !p.IsClosed && p.Deadline <= lastDeadline)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var closed = 0;
        foreach (var period in due)
        {
            if (await closer.CloseAsync(period.Id, null, PeriodCalendarOptions.SystemUser, ct) is { } notSubmitted)
            {
                closed++;
                logger.LogInformation("Đã khóa sổ kỳ {Period} (#{Id}); {Count} báo cáo không nộp", period.Name, period.Id, notSubmitted);
            }
        }

        return closed;
    }

    private async Task<(int Opened, int Waiting)> OpenDueAsync(DateOnly today, CancellationToken ct)
    {
        var year = PeriodCalendar.AnnualYearOn(today);
        var name = PeriodCalendar.Annual(year, null, []).Name;
        var cutoffEnd = PeriodCalendar.Annual(year, null, []).CutoffEnd;
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.Status == PlanStatus.Active && p.PeriodStartYear <= year && year <= p.PeriodEndYear
                && p.ReportingRules.Any(r => r.Frequency == ReportFrequency.Annual)
                && !db.ReportingPeriods.Any(x => x.PlanId == p.Id && x.Name == name))
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.Number, p.Symbol }).ToListAsync(ct);
        int opened = 0, waiting = 0;
        foreach (var plan in plans)
        {
            var ended = await PlanBodies.EndedAsync(db, plan.Id, cutoffEnd, ct);
            if (ended.Count > 0)
            {
                waiting++;
                logger.LogInformation("Kế hoạch {Number}/{Symbol} chờ chuyển tiếp sau sắp xếp: {Bodies} đã kết thúc hoạt động",
                    plan.Number ?? "…", plan.Symbol, string.Join("; ", ended.Select(b => b.Name)));
                continue;
            }

            if (await OpenAsync(plan.Id, year, ct))
            {
                opened++;
            }
        }

        return (opened, waiting);
    }

    /// <summary>False when another run (here or on another server) opened the same period first.</summary>
    private async Task<bool> OpenAsync(int planId, int year, CancellationToken ct)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if ((await opener.OpenAnnualAsync(planId, year, ct)).Value is not { } period)
            {
                return false; // refused: seen as already opened once this run's transaction could begin
            }

            db.AuditEntries.Add(new AuditEntry(AuditAction.PeriodOpen, AuditSubject.ReportingPeriod)
            {
                At = clock.GetUtcNow(),
                UserName = PeriodCalendarOptions.SystemUser,
                EntityId = period.Id.ToString(CultureInfo.InvariantCulture),
                Details = $"{period.Name}: {period.Reports.Count} báo cáo phải nộp, hạn nộp {period.Deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}",
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            logger.LogInformation("Đã mở kỳ {Period} của kế hoạch #{Plan} với {Count} báo cáo phải nộp", period.Name, planId, period.Reports.Count);
            return true;
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return false; // the unique (plan, name) index let the other run's period win: already opened
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
