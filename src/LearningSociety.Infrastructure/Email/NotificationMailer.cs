using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LearningSociety.Infrastructure.Email;

/// <summary>
/// E-mails notifications not yet e-mailed to users with a confirmed address. Each one is claimed
/// first with a conditional update (EmailedAt still empty), which only one server can win, so no
/// e-mail goes out twice; a failed send gives the claim back and a later run tries again.
/// </summary>
public sealed class NotificationMailer(
    AppDbContext db, IEmailSender sender, IOptions<EmailOptions> options, TimeProvider clock, ILogger<NotificationMailer> logger)
{
    private const int BatchSize = 200;
    // A server that refuses three in a row is down: stop here rather than wait out every timeout.
    private const int MaxConsecutiveFailures = 3;

    /// <summary>Returns how many e-mails this run sent.</summary>
    public async Task<int> DispatchAsync(CancellationToken ct = default)
    {
        var settings = options.Value;
        var oldest = clock.GetUtcNow().AddDays(-Math.Max(1, settings.MaxAgeDays));
        var pending = await db.Notifications.AsNoTracking()
            .Where(n => n.EmailedAt == null && n.CreatedAt >= oldest)
            .Join(db.Users.Where(u => u.EmailConfirmed && u.Email != null), n => n.UserId, u => u.Id,
                (n, u) => new { n.Id, n.Title, n.Body, n.Url, Email = u.Email!, u.FullName })
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
                await sender.SendAsync(new EmailMessage(item.Email, name, item.Title, NotificationEmail.Text(name, item.Title, item.Body, item.Url, settings.PortalUrl)), ct);
                sent++;
                failures = 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Chưa gửi được thư thông báo {NotificationId} tới {Email}; sẽ thử lại ở lượt sau", item.Id, item.Email);
                await ReleaseAsync(item.Id, claimedAt);
                if (++failures >= MaxConsecutiveFailures)
                {
                    break;
                }
            }
            catch (OperationCanceledException)
            {
                await ReleaseAsync(item.Id, claimedAt);
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
    private Task<int> ReleaseAsync(int id, DateTimeOffset claimedAt) =>
        db.Notifications
            .Where(n => n.Id == id && n.EmailedAt == claimedAt)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAt, (DateTimeOffset?)null), CancellationToken.None);
}
