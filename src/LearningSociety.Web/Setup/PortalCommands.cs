using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Identity;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Identity;
using LearningSociety.Infrastructure.Seeding;
using LearningSociety.Infrastructure.UnitLists;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Setup;

/// <summary>
/// Administrative commands run instead of the web server:
/// <c>import-units FILE</c> imports an official list of units; <c>create-admin --email E [--name N]</c>
/// creates the first administrator (password from --password or the ADMIN_PASSWORD variable);
/// <c>reset-2fa --email E</c> turns off two-factor sign-in for a user who lost both phone and recovery codes.
/// <c>backup --to FILE</c> and <c>restore --from FILE</c> copy the SQLite database (see
/// <see cref="MaintenanceCommands"/>); <c>load-fixture</c> and <c>load-check</c> prepare and verify the
/// load test (see <see cref="LoadCommands"/>).
/// </summary>
public sealed class PortalCommands
{
    private readonly string _name;
    private readonly Dictionary<string, string> _options;
    private readonly List<string> _positional;

    private PortalCommands(string name, Dictionary<string, string> options, List<string> positional, string[] hostArgs)
    {
        _name = name;
        _options = options;
        _positional = positional;
        HostArgs = hostArgs;
    }

    public string[] HostArgs { get; }

    /// <summary>Each command and the options it takes a value for.</summary>
    private static readonly Dictionary<string, string[]> Commands = new(StringComparer.Ordinal)
    {
        ["import-units"] = [],
        ["create-admin"] = ["email", "password", "name"],
        ["backup"] = ["to"],
        ["restore"] = ["from"],
        ["load-fixture"] = ["units", "communes", "readers", "password", "year", "provinces"],
        ["load-check"] = ["acks"],
        ["reset-2fa"] = ["email"],
    };

    public static PortalCommands? Parse(string[] args)
    {
        if (args.Length == 0 || !Commands.TryGetValue(args[0], out var known))
        {
            return null;
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var positional = new List<string>();
        var host = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && known.Contains(args[i][2..]) && i + 1 < args.Length)
            {
                options[args[i][2..]] = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                host.Add(args[i]); // configuration overrides such as --Database:Provider=SqlServer
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        return new PortalCommands(args[0], options, positional, [.. host]);
    }

    public async Task<int> RunAsync(WebApplication app)
    {
        switch (_name)
        {
            // No migration first: a backup must not change the live file, a restore must not open the old one,
            // and load-fixture runs the portal's whole start-up itself.
            case "backup":
                return MaintenanceCommands.Backup(app, _options.GetValueOrDefault("to"));
            case "restore":
                return MaintenanceCommands.Restore(app, _options.GetValueOrDefault("from"));
            case "load-fixture":
                return await LoadCommands.FixtureAsync(app, _options);
        }

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        return _name switch
        {
            "import-units" => await ImportUnitsAsync(scope.ServiceProvider, db),
            "reset-2fa" => await ResetTwoFactorAsync(scope.ServiceProvider, db),
            "load-check" => await LoadCommands.CheckAsync(scope.ServiceProvider, _options.GetValueOrDefault("acks")),
            _ => await CreateAdminAsync(scope.ServiceProvider),
        };
    }

    private async Task<int> ImportUnitsAsync(IServiceProvider services, AppDbContext db)
    {
        if (_positional.Count != 1 || !File.Exists(_positional[0]))
        {
            Console.Error.WriteLine("Cách dùng: import-units <tệp danh mục đơn vị hành chính .json> (tệp không tồn tại hoặc chưa chỉ ra)");
            return 2;
        }

        UnitImportChanges changes;
        try
        {
            var list = await UnitListReader.ReadFileAsync(_positional[0]);
            var clock = services.GetRequiredService<TimeProvider>();
            changes = await new UnitListImport(db).RunAsync(list, commit: true, beforeCommit: c => db.AuditEntries.Add(new Domain.Reporting.AuditEntry(UnitImportAudit.Action, AuditSubject.UnitList)
            {
                At = clock.GetUtcNow(), UserName = "lệnh import-units",
                Details = UnitImportAudit.Details(list.FileName, c),
            }));
        }
        catch (SeedException ex)
        {
            Console.Error.WriteLine("Không nhập được, cơ sở dữ liệu không thay đổi. " + ex.Message);
            return 1;
        }

        Console.WriteLine($"Đã nhập {changes[UnitChangeKind.UnitAdded]} đơn vị mới, {changes[UnitChangeKind.SuccessionAdded]} quan hệ sáp nhập mới; "
            + $"{changes[UnitChangeKind.UnitRenamed]} đơn vị đổi tên, {changes[UnitChangeKind.UnitEnded]} đơn vị hết hiệu lực; "
            + $"{changes[UnitChangeKind.AgencyCreated]} cơ quan mới, {changes[UnitChangeKind.AgencyEnded]} cơ quan hết hiệu lực, {changes.SuccessorsLinked} cơ quan được ghi nhận nơi kế thừa.");
        return 0;
    }

    private async Task<int> CreateAdminAsync(IServiceProvider services)
    {
        var password = _options.GetValueOrDefault("password") ?? Environment.GetEnvironmentVariable("ADMIN_PASSWORD");
        if (!_options.TryGetValue("email", out var email) || string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("Cách dùng: create-admin --email <thư điện tử> [--name <họ tên>] (mật khẩu qua --password hoặc biến ADMIN_PASSWORD)");
            return 2;
        }

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(Roles.Admin))
        {
            await roles.CreateAsync(new IdentityRole(Roles.Admin));
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = _options.GetValueOrDefault("name") ?? email };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            Console.Error.WriteLine("Không tạo được tài khoản: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            return 1;
        }

        await users.AddToRoleAsync(user, Roles.Admin);
        Console.WriteLine($"Đã tạo tài khoản quản trị {email}.");
        return 0;
    }

    private async Task<int> ResetTwoFactorAsync(IServiceProvider services, AppDbContext db)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (!_options.TryGetValue("email", out var email) || await users.FindByEmailAsync(email) is not { } user)
        {
            Console.Error.WriteLine("Cách dùng: reset-2fa --email <thư điện tử của tài khoản có sẵn>");
            return 2;
        }

        // A new key and no recovery codes: the old phone and any leaked code stop working; the user sets it up again.
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        db.AuditEntries.Add(new Domain.Reporting.AuditEntry(AuditAction.TwoFactorReset)
        {
            At = services.GetRequiredService<TimeProvider>().GetUtcNow(), UserId = user.Id, UserName = email, Details = "lệnh reset-2fa",
        });
        await db.SaveChangesAsync();
        Console.WriteLine($"Đã tắt xác thực hai lớp của {email}. Lần đăng nhập sau, người dùng bật lại với khóa mới.");
        return 0;
    }
}
