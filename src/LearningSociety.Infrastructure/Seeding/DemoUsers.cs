using LearningSociety.Domain.Identity;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Infrastructure.Seeding;

/// <summary>
/// Demo accounts bound to real units of the seeds. Never created in Production. The first six
/// belong to bodies of before the 2025 reform (history: their Sở, Phòng and MTTQ ended on
/// 30/6/2025); the last four work in today's new Tây Ninh. An account already there is left as it is.
/// </summary>
public sealed class DemoUsers(AppDbContext db, UserManager<AppUser> users)
{
    public sealed record Account(string Email, string FullName, string Role, string AgencyKey);

    public static readonly IReadOnlyList<Account> Accounts =
    [
        new("admin@hoctap.local", "Quản trị hệ thống", Roles.Admin, "80/2025:so-gddt"),
        new("so.gddt@hoctap.local", "Nguyễn Thị Lan (Sở GD&ĐT Long An)", Roles.ProvinceReviewer, "80:so-gddt"),
        new("phong.gddt.canduoc@hoctap.local", "Trần Văn Hùng (Phòng GD&ĐT Cần Đước)", Roles.DistrictOfficer, "806:phong-gddt"),
        new("xa.longhuudong@hoctap.local", "Lê Thị Mai (UBND xã Long Hựu Đông)", Roles.CommuneOfficer, "28144:ubnd"),
        new("mttq.canduoc@hoctap.local", "Phạm Văn Bình (UBMTTQ huyện Cần Đước)", Roles.AgencyReporter, "806:mttq"),
        new("lanhdao@hoctap.local", "Võ Minh Tâm (Lãnh đạo UBND tỉnh)", Roles.Leader, "80:ubnd"),
        new("so.gddt.tayninh@hoctap.local", "Đặng Thị Thu Hà (Sở GD&ĐT Tây Ninh)", Roles.ProvinceReviewer, "80/2025:so-gddt"),
        new("xa.longhuu@hoctap.local", "Huỳnh Thị Ngọc (UBND xã Long Hựu)", Roles.CommuneOfficer, "28144/2025:ubnd"),
        new("phuong.longan@hoctap.local", "Lê Văn Phúc (UBND phường Long An)", Roles.CommuneOfficer, "27694/2025:ubnd"),
        new("lanhdao.tayninh@hoctap.local", "Phạm Minh Quang (Lãnh đạo UBND tỉnh Tây Ninh)", Roles.Leader, "80/2025:ubnd"),
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
