using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Notifications;

/// <summary>The signed-in user's own notifications; every query and update is filtered by their id.</summary>
public sealed class NotificationQueries(AppDbContext db, TimeProvider clock, Shared.FreshCache cache)
{
    public const int PageSize = 50;

    public async Task<NotificationListModel> ListAsync(string userId, int page, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var rows = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize + 1)
            .Select(n => new NotificationItem(n.Id, n.Title, n.Body, n.Url, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(ct);
        return new NotificationListModel
        {
            Items = rows.Take(PageSize).ToList(),
            Page = page,
            HasMore = rows.Count > PageSize,
            UnreadCount = await UnreadCountAsync(userId, ct),
        };
    }

    /// <summary>Counted once per version of the data (a new or read notification is a write).</summary>
    public Task<int> UnreadCountAsync(string userId, CancellationToken ct) =>
        cache.GetOrCreateAsync("unread|" + userId, () => db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct));

    /// <summary>False when the notification does not exist or belongs to someone else.</summary>
    public async Task<bool> MarkReadAsync(string userId, int id, CancellationToken ct)
    {
        if (!await db.Notifications.AnyAsync(n => n.Id == id && n.UserId == userId, ct))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        await db.Notifications.Where(n => n.Id == id && n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        return true;
    }

    public Task<int> MarkAllReadAsync(string userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }
}
