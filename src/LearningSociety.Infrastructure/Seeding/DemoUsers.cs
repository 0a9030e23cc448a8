using LearningSociety.Domain.Identity;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Infrastructure.Seeding;

/// <summary>One demo account per role, bound to real units of the seeds. Never created in Production.</summary>
public sealed class DemoUsers(AppDbContext db, UserManager<AppUser> users)
{
    public sealed record Account(string Email, string FullName, string Role, string AgencyKey);

    public static readonly IReadOnlyList<Account> Accounts =
    [
        new("admin@hoctap.local", "Quản trị hệ thống", Roles.Admin, "80:so-gddt"),
        new("so.gddt@hoctap.local", "Nguyễn Thị Lan (Sở GD&ĐT Long An)", Roles.ProvinceReviewer, "80:so-gddt"),
        new("phong.gddt.canduoc@hoctap.local", "Trần Văn Hùng (Phòng GD&ĐT Cần Đước)", Roles.DistrictOfficer, "806:phong-gddt"),
        new("xa.longhuudong@hoctap.local", "Lê Thị Mai (UBND xã Long Hựu Đông)", Roles.CommuneOfficer, "28144:ubnd"),
        new("mttq.canduoc@hoctap.local", "Phạm Văn Bình (UBMTTQ huyện Cần Đước)", Roles.AgencyReporter, "806:mttq"),
        new("lanhdao@hoctap.local", "Võ Minh Tâm (Lãnh đạo UBND tỉnh)", Roles.Leader, "80:ubnd"),
    ];

    public async Task EnsureAsync(string password)
    {
        foreach (var account in Accounts)
        {
            if (await users.FindByEmailAsync(account.Email) is not null)
            {
                continue;
            }

            var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Key == account.AgencyKey)
                ?? throw new InvalidOperationException($"Tài khoản mẫu {account.Email}: không có cơ quan '{account.AgencyKey}' trong dữ liệu mẫu.");
            var user = new AppUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                FullName = account.FullName,
                AgencyId = agency.Id,
                UnitId = agency.UnitId,
                IsDemo = true,
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Không tạo được tài khoản mẫu {account.Email}: "
                    + string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, account.Role);
        }
    }
}
