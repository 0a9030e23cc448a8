using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LearningSociety.Infrastructure.Email;

/// <summary>
/// E-mails notifications not yet e-mailed to users with a confirmed address. Each one is claimed
/// first with a conditional update (EmailedAt still empty), which only one server can win, so no
/// e-mail goes out twice; a failed send gives the claim back with the reason and a time before which
/// it is not tried again (15 minutes, doubling up to 6 hours), so a later run delivers it.
/// </summary>
public sealed class NotificationMailer(
    AppDbContext db, IEmailSender sender, IOptions<EmailOptions> options, TimeProvider clock, ILogger<NotificationMailer> logger)
{
    private const int BatchSize = 200;
    // A server that refuses three in a row is down: stop here rather than wait out every timeout.
    private const int MaxConsecutiveFailures = 3;
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromHours(6);

    /// <summary>How long to wait after the given number of failed attempts.</summary>
    public static TimeSpan RetryDelay(int attempts)
    {
        var delay = FirstRetry * Math.Pow(2, Math.Clamp(attempts - 1, 0, 10));
        return delay < LongestRetry ? delay : LongestRetry;
    }

    /// <summary>Returns how many e-mails this run sent.</summary>
    public async Task<int> DispatchAsync(CancellationToken ct = default)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var oldest = now.AddDays(-Math.Max(1, settings.MaxAgeDays));
        var pending = await db.Notifications.AsNoTracking()
            .Where(n => n.EmailedAt == null && n.CreatedAt >= oldest && (n.EmailRetryAt == null || n.EmailRetryAt <= now))
            .Join(db.Users.Where(u => u.EmailConfirmed && u.Email != null), n => n.UserId, u => u.Id,
                (n, u) => new { n.Id, n.Title, n.Body, n.Url, n.EmailAttempts, Email = u.Email!, u.FullName })
            .OrderBy(n => n.Id)
            .Take(BatchSize)
            .ToListAsync(ct);

        var sent = 0;
        var failures = 0;
        foreach (var item in pending)
        {
            var claimedAt = clock.GetUtcNow();
            var claimed = await db.Notifications
                .Where(n => n.Id == item.Id && n.EmailedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAt, claimedAt), ct);
            if (claimed != 1)
            {
                continue; // another server took it
            }

            try
            {
                var name = string.IsNullOrWhiteSpace(item.FullName) ? item.Email : item.FullName;
                await sender.SendAsync(NotificationEmail.Message(item.Email, name, item.Title, item.Body, item.Url, settings.PortalUrl), ct);
                sent++;
                failures = 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Chưa gửi được thư thông báo {NotificationId} tới {Email}; sẽ thử lại sau", item.Id, item.Email);
                var error = ex is EmailDeliveryException ? ex.Message : "Lỗi khi gửi thư: " + ex.Message;
                var attempts = item.EmailAttempts + 1;
                await ReleaseAsync(item.Id, claimedAt, attempts, error, clock.GetUtcNow() + RetryDelay(attempts));
                if (++failures >= MaxConsecutiveFailures)
                {
                    break;
                }
            }
            catch (OperationCanceledException)
            {
                await ReleaseAsync(item.Id, claimedAt, item.EmailAttempts, null, null);
                throw;
            }
        }

        if (sent > 0)
        {
            logger.LogInformation("Đã gửi {Count} thư thông báo", sent);
        }

        return sent;
    }

    // Not cancellable: a claim left behind would mean an e-mail never sent.
    private Task<int> ReleaseAsync(int id, DateTimeOffset claimedAt, int attempts, string? error, DateTimeOffset? retryAt)
    {
        var reason = error is null || error.Length <= NotificationConfiguration.EmailErrorLength
            ? error
            : error[..(NotificationConfiguration.EmailErrorLength - 1)] + "…";
        return db.Notifications
            .Where(n => n.Id == id && n.EmailedAt == claimedAt)
            .ExecuteUpdateAsync(s => s
                .SetProperty(n => n.EmailedAt, (DateTimeOffset?)null)
                .SetProperty(n => n.EmailAttempts, attempts)
                .SetProperty(n => n.EmailError, n => reason ?? n.EmailError)
                .SetProperty(n => n.EmailRetryAt, n => retryAt ?? n.EmailRetryAt), CancellationToken.None);
    }
}
