using LearningSociety.Domain.Identity;
using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Admin.Users;

public sealed class UserQueries(AppDbContext db, TimeProvider clock)
{
    public async Task<UserListModel> ListAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Id, u.Email, u.FullName, Agency = u.Agency!.Name, Unit = u.Unit!.Name, u.LockoutEnd, u.IsDemo,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(ct);
        return new UserListModel([.. users.Select(u => new UserListModel.Row(
            u.Id, u.Email ?? "", u.FullName, u.Agency, u.Unit, [.. u.Roles.Select(Roles.DisplayName)], u.LockoutEnd > now, u.IsDemo))]);
    }
}
