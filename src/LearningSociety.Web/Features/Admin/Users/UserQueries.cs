using LearningSociety.Domain.Identity;
using LearningSociety.Domain.Text;
using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Admin.Users;

public sealed class UserQueries(AppDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<UserListModel> ListAsync(UserFilter filter, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var query = db.Users.AsNoTracking();
        if (filter.Role is { Length: > 0 } role)
        {
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        var users = await query
            .Select(u => new
            {
                u.Id, u.Email, u.FullName, Agency = u.Agency!.Name, Unit = u.Unit!.Name, u.LockoutEnd, u.IsDemo,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(ct);

        // Accounts number in the hundreds: the accent-insensitive match runs here rather than in SQL.
        var folded = VietnameseText.Fold(filter.Q ?? "");
        var matched = users
            .Where(u => folded.Length == 0 || VietnameseText.Fold($"{u.FullName} {u.Email} {u.Agency}").Contains(folded, StringComparison.Ordinal))
            .OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var pages = Pager.PageCount(matched.Count, PageSize);
        var page = Math.Clamp(filter.Page, 1, pages);
        return new UserListModel(
            filter,
            [.. matched.Skip((page - 1) * PageSize).Take(PageSize).Select(u => new UserListModel.Row(
                u.Id, u.Email ?? "", u.FullName, u.Agency, u.Unit, [.. u.Roles.Select(Roles.DisplayName)], u.LockoutEnd > now, u.IsDemo))],
            matched.Count,
            page,
            pages);
    }

    /// <summary>
    /// The edit page for one account. The editable fields come from <paramref name="posted"/> when the form is
    /// shown again after a refusal (so what was typed stays), from the database otherwise.
    /// </summary>
    public async Task<EditUserForm?> EditFormAsync(string id, string currentUserId, EditUserForm? posted, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new
            {
                u.Id, u.Email, u.FullName, u.AgencyId, u.LockoutEnd, u.IsDemo,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (user is null)
        {
            return null;
        }

        var form = posted ?? new EditUserForm
        {
            FullName = user.FullName,
            Role = Roles.All.FirstOrDefault(user.Roles.Contains) ?? "",
            AgencyId = user.AgencyId,
        };
        form.Id = user.Id;
        form.Email = user.Email ?? "";
        form.IsDemo = user.IsDemo;
        form.IsSelf = user.Id == currentUserId;
        form.LockedOut = user.LockoutEnd > clock.GetUtcNow();
        form.LockState = LockState(user.LockoutEnd);
        return form;
    }

    public async Task<PasswordForm?> PasswordFormAsync(string id, PasswordForm? posted, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.Id, u.Email, u.FullName }).SingleOrDefaultAsync(ct);
        if (user is null)
        {
            return null;
        }

        var form = posted ?? new PasswordForm();
        form.Id = user.Id;
        form.Email = user.Email ?? "";
        form.FullName = user.FullName;
        return form;
    }

    private string LockState(DateTimeOffset? lockoutEnd)
    {
        var now = clock.GetUtcNow();
        if (lockoutEnd is not { } end || end <= now)
        {
            return "Hoạt động";
        }

        return UserCommands.LockedByAdministrator(end)
            ? "Bị khóa bởi quản trị viên"
            : $"Tạm khóa đến {Shared.Display.DateTime(end)} (nhập sai mật khẩu nhiều lần)";
    }
}
