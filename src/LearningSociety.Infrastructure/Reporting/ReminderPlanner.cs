using System.Globalization;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LearningSociety.Infrastructure.Reporting;

/// <summary>
/// Creates today's deadline reminders (7, 3, 1 days before; the day after) for every user of an
/// agency whose report in an open period is not yet received. Safe to run any number of times, on
/// any number of servers: the unique notification key lets exactly one insert of each reminder win.
/// </summary>
public sealed class ReminderPlanner(AppDbContext db, TimeProvider clock, ILogger<ReminderPlanner> logger)
{
    /// <summary>Returns how many reminders this run created (those already there are not counted).</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var due = ReminderSchedule.DueOn(clock);
        var deadlines = due.Keys.ToList();
        var reports = await db.Reports.AsNoTracking()
            .Where(r => !r.Period!.IsClosed && (r.Status == ReportStatus.Draft || r.Status == ReportStatus.Returned)
                && deadlines.Contains(r.Period.Deadline))
            .Select(r => new
            {
                r.Id,
                r.AgencyId,
                Agency = r.Agency!.Name,
                r.Period!.Deadline,
                Period = r.Period.Name,
                r.Period.Plan!.Number,
                r.Period.Plan.Symbol,
            })
            .ToListAsync(ct);
        if (reports.Count == 0)
        {
            return 0;
        }

        var agencyIds = reports.Select(r => r.AgencyId).Distinct().ToList();
        var users = await db.Users.AsNoTracking()
            .Where(u => u.AgencyId != null && agencyIds.Contains(u.AgencyId.Value))
            .Select(u => new { u.Id, AgencyId = u.AgencyId!.Value })
            .ToListAsync(ct);
        var usersByAgency = users.ToLookup(u => u.AgencyId, u => u.Id);

        var now = clock.GetUtcNow();
        var candidates = new List<Notification>();
        foreach (var report in reports)
        {
            var kind = due[report.Deadline];
            var planNumber = $"{report.Number ?? "…"}/{report.Symbol}";
            foreach (var userId in usersByAgency[report.AgencyId])
            {
                candidates.Add(new Notification
                {
                    UserId = userId,
                    Key = ReminderSchedule.Key(report.Id, kind, userId),
                    Title = ReminderSchedule.Title(kind, report.Period, planNumber),
                    Body = Body(kind, report.Deadline, report.Agency),
                    Url = $"/Reports/Edit/{report.Id}",
                    CreatedAt = now,
                });
            }
        }

        var created = await InsertMissingAsync(candidates, ct);
        if (created > 0)
        {
            logger.LogInformation("Đã tạo {Count} lời nhắc hạn nộp báo cáo cho ngày {Today}", created, VietnamTime.Today(clock));
        }

        return created;
    }

    private static string Body(ReminderKind kind, DateOnly deadline, string agency)
    {
        var date = deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return kind == ReminderKind.Overdue1
            ? $"Hạn nộp báo cáo của {agency} là ngày {date}. Báo cáo vẫn được tiếp nhận nhưng sẽ được ghi là nộp muộn."
            : $"Hạn nộp báo cáo của {agency} là hết ngày {date}.";
    }

    /// <summary>
    /// Skips keys already stored (the usual case on a second run), then inserts the rest; a key
    /// another server inserted in between fails the unique index and is skipped, not fatal.
    /// </summary>
    private async Task<int> InsertMissingAsync(List<Notification> candidates, CancellationToken ct)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in candidates.Select(c => c.Key).Chunk(500))
        {
            existing.UnionWith(await db.Notifications.Where(n => chunk.Contains(n.Key)).Select(n => n.Key).ToListAsync(ct));
        }

        var missing = candidates.Where(c => !existing.Contains(c.Key)).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        // One round trip when nobody races us; row by row only when someone did.
        db.Notifications.AddRange(missing);
        try
        {
            await db.SaveChangesAsync(ct);
            return missing.Count;
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            db.ChangeTracker.Clear();
        }

        var created = 0;
        foreach (var notification in missing)
        {
            notification.Id = 0;
            db.Notifications.Add(notification);
            try
            {
                await db.SaveChangesAsync(ct);
                created++;
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
            {
                logger.LogDebug("Lời nhắc {Key} đã được tạo ở nơi khác", notification.Key);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return created;
    }
}
