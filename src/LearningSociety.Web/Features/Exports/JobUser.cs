using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Exports;

/// <summary>
/// The scope of the user who asked for a job, read again from the database when it runs: a job
/// applies the same access rules as the page, with the roles the user has at that moment.
/// </summary>
public static class JobUser
{
    public static async Task<UserScope?> LoadAsync(AppDbContext db, string userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.FullName, u.Email, u.AgencyId, Path = u.Unit != null ? u.Unit.Path : null })
            .SingleOrDefaultAsync(ct);
        if (user is null)
        {
            return null;
        }

        var roles = await db.UserRoles.Where(r => r.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(ct);
        return new UserScope(userId, user.FullName is { Length: > 0 } name ? name : user.Email ?? "", user.AgencyId, user.Path,
            roles.ToHashSet(StringComparer.Ordinal));
    }
}
