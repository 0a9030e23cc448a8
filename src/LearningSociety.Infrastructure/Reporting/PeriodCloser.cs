using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Infrastructure.Reporting;

/// <summary>
/// Closes a period (khóa sổ): every report never submitted (a draft, a returned one) becomes "không
/// nộp", so the reports above them can be approved. One conditional update decides who closes it:
/// closing a closed period, by hand or by two servers at once, changes nothing and writes no audit line.
/// </summary>
public sealed class PeriodCloser(AppDbContext db, TimeProvider clock)
{
    /// <summary>The number of reports recorded as not submitted; null when the period was already closed.</summary>
    public async Task<int?> CloseAsync(int periodId, string? userId, string userName, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var closed = await db.ReportingPeriods.Where(p => p.Id == periodId && !p.IsClosed)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.IsClosed, true).SetProperty(p => p.ClosedAt, now), ct);
        if (closed == 0)
        {
            return null;
        }

        // Version moves on, so a form opened before the closing cannot save over it.
        var notSubmitted = await db.Reports
            .Where(r => r.PeriodId == periodId && (r.Status == ReportStatus.Draft || r.Status == ReportStatus.Returned))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReportStatus.NotSubmitted).SetProperty(r => r.Version, r => r.Version + 1), ct);
        var name = await db.ReportingPeriods.Where(p => p.Id == periodId).Select(p => p.Name).SingleAsync(ct);
        db.AuditEntries.Add(new AuditEntry(AuditAction.PeriodClose, AuditSubject.ReportingPeriod)
        {
            At = now,
            UserId = userId,
            UserName = userName,
            EntityId = periodId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Details = $"{name}: {notSubmitted} báo cáo không nộp",
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return notSubmitted;
    }
}
