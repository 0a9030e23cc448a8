using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;

namespace LearningSociety.Web.Features.Shared;

/// <summary>Adds audit lines to the current unit of work, so they are saved with the change they describe.</summary>
public sealed class AuditLog(AppDbContext db, TimeProvider clock)
{
    public void Add(UserScope user, string action, string? entityType = null, object? entityId = null, string? details = null) =>
        Add(user.UserId, user.UserName, action, entityType, entityId, details);

    public void Add(string? userId, string userName, string action, string? entityType = null, object? entityId = null, string? details = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = userId,
            UserName = userName,
            Action = action,
            EntityType = entityType,
            EntityId = Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture),
            Details = details,
        });

    public async Task WriteAsync(string? userId, string userName, string action, string? details = null, CancellationToken ct = default)
    {
        Add(userId, userName, action, null, null, details);
        await db.SaveChangesAsync(ct);
    }
}
