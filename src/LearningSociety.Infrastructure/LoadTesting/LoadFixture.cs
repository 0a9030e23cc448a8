using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Identity;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Identity;
using LearningSociety.Infrastructure.Reporting;
using LearningSociety.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Infrastructure.LoadTesting;

/// <summary>
/// Test data for the deadline-day load test, never for production: a synthetic plan
/// ("Kế hoạch kiểm thử tải") whose annual reporting rule covers every commune of whole provinces
/// of the real unit list, its period opened, and one commune officer per report
/// (xa.0001@kiemthu.local …, bound to that commune) plus read-only leaders (doc.01@kiemthu.local …).
/// Running it again adds only what is missing.
/// </summary>
public sealed class LoadFixture(AppDbContext db, UserManager<AppUser> users, RoleManager<IdentityRole> roles, PeriodOpener opener)
{
    public const string PlanSymbol = "KH-KTT";
    public const string KeyPrefix = "kiem-thu-tai:";

    public static string SubmitterEmail(int index) => $"xa.{index:0000}@kiemthu.local";

    public static string ReaderEmail(int index) => $"doc.{index:00}@kiemthu.local";

    public async Task<LoadFixtureSummary> RunAsync(LoadFixtureOptions options, CancellationToken ct = default)
    {
        var imported = options.UnitsFile is null ? 0 : await ImportUnitsAsync(options.UnitsFile, options.Provinces, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var role in (string[])[Roles.CommuneOfficer, Roles.Leader])
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Symbol == PlanSymbol, ct)
            ?? await LoadFixturePlan.CreateAsync(db, await ChooseProvincesAsync(options, ct), ct);
        var period = await db.ReportingPeriods.SingleOrDefaultAsync(p => p.PlanId == plan.Id && p.Year == options.Year, ct)
            ?? (await opener.OpenAnnualAsync(plan.Id, options.Year, ct)).Required();
        var reports = await db.Reports.Where(r => r.PeriodId == period.Id && r.Unit!.Level == UnitLevel.Commune)
            .OrderBy(r => r.Unit!.Code).Select(r => new { r.AgencyId, r.UnitId }).ToListAsync(ct);
        if (reports.Count < options.Communes)
        {
            throw new InvalidOperationException($"Kỳ báo cáo kiểm thử tải chỉ có {reports.Count} báo cáo cấp xã, cần {options.Communes}. Xóa cơ sở dữ liệu kiểm thử và chạy lại với --communes lớn hơn ngay từ đầu.");
        }

        var hash = await PasswordHashAsync(options.Password);
        for (var i = 0; i < options.Communes; i++)
        {
            await EnsureUserAsync(SubmitterEmail(i + 1), $"Cán bộ xã kiểm thử {i + 1:0000}", Roles.CommuneOfficer, reports[i].AgencyId, reports[i].UnitId, hash);
        }

        var reviewer = await db.ReportingRules.Where(r => r.PlanId == plan.Id).OrderBy(r => r.SortOrder)
            .Select(r => new { r.ToAgencyId, r.ToAgency!.UnitId }).FirstAsync(ct);
        for (var i = 0; i < options.Readers; i++)
        {
            await EnsureUserAsync(ReaderEmail(i + 1), $"Lãnh đạo kiểm thử {i + 1:00}", Roles.Leader, reviewer.ToAgencyId, reviewer.UnitId, hash);
        }

        await transaction.CommitAsync(ct);
        var provinces = await db.ReportingRules.Where(r => r.PlanId == plan.Id).OrderBy(r => r.SortOrder)
            .Select(r => r.FromAgency!.Unit!.Name).ToListAsync(ct);
        var total = await db.Reports.CountAsync(r => r.PeriodId == period.Id, ct);
        return new LoadFixtureSummary(plan.Id, period.Id, total, options.Communes, options.Readers, provinces, imported);
    }

    private async Task<int> ImportUnitsAsync(string file, IReadOnlyList<string> provinces, CancellationToken ct)
    {
        var path = provinces.Count == 0 ? file : await UnitListFilter.WriteProvincesAsync(file, provinces, ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await new AdminUnitImporter(db).ImportAsync(path, ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return result.UnitsAdded;
        }
        finally
        {
            if (path != file)
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Whole provinces, in code order (or those asked for), until they hold enough communes valid in the year.</summary>
    private async Task<IReadOnlyList<int>> ChooseProvincesAsync(LoadFixtureOptions options, CancellationToken ct)
    {
        var cutoff = new DateOnly(options.Year, 12, 14);
        var communes = await db.Agencies.AsNoTracking()
            .Where(a => a.Kind == AgencyKind.PeoplesCommittee && a.Unit!.Level == UnitLevel.Commune
                && a.Unit.ValidFrom <= cutoff && (a.Unit.ValidTo == null || cutoff <= a.Unit.ValidTo))
            .Select(a => a.Unit!.Path).ToListAsync(ct);
        var perProvince = communes.GroupBy(p => UnitPath.Ids(p)[0]).ToDictionary(g => g.Key, g => g.Count());
        var codes = await db.Units.AsNoTracking().Where(u => perProvince.Keys.Contains(u.Id)).Select(u => new { u.Id, u.Code }).ToListAsync(ct);
        var chosen = new List<int>();
        var count = 0;
        foreach (var province in codes.Where(c => options.Provinces.Count == 0 || options.Provinces.Contains(c.Code)).OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            if (count >= options.Communes)
            {
                break;
            }

            chosen.Add(province.Id);
            count += perProvince[province.Id];
        }

        return count >= options.Communes ? chosen
            : throw new InvalidOperationException($"Chỉ tìm thấy {count} xã còn hiệu lực ngày 14/12/{options.Year} trong danh mục đơn vị, cần {options.Communes}. Hãy nhập danh mục đầy đủ bằng --units.");
    }

    private async Task<string> PasswordHashAsync(string password)
    {
        var probe = new AppUser { UserName = "kiem-thu@kiemthu.local", Email = "kiem-thu@kiemthu.local" };
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, probe, password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Mật khẩu kiểm thử không hợp lệ: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            }
        }

        // One hash for every test account: hashing is deliberately slow and the accounts are throw-away.
        return users.PasswordHasher.HashPassword(probe, password);
    }

    private async Task EnsureUserAsync(string email, string name, string role, int agencyId, int unitId, string passwordHash)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, FullName = name,
            AgencyId = agencyId, UnitId = unitId, PasswordHash = passwordHash,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Không tạo được tài khoản {email}: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
    }
}
