using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;

namespace LearningSociety.Web.Features.Shared;

/// <summary>Adds audit lines to the current unit of work, so they are saved with the change they describe.</summary>
public sealed class AuditLog(AppDbContext db, TimeProvider clock)
{
    public void Add(UserScope user, AuditAction action, AuditSubject? entityType = null, object? entityId = null, string? details = null) =>
        Add(user.UserId, user.UserName, action, entityType, entityId, details);

    public void Add(string? userId, string userName, AuditAction action, AuditSubject? entityType = null, object? entityId = null, string? details = null) =>
        db.AuditEntries.Add(new AuditEntry(action, entityType)
        {
            At = clock.GetUtcNow(),
            UserId = userId,
            UserName = userName,
            EntityId = Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture),
            Details = details,
        });

    public async Task WriteAsync(string? userId, string userName, AuditAction action, string? details = null, CancellationToken ct = default)
    {
        Add(userId, userName, action, null, null, details);
        await db.SaveChangesAsync(ct);
    }
}
