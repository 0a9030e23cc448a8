using LearningSociety.Domain.Identity;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Seeding;
using LearningSociety.Infrastructure.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Setup;

/// <summary>Start-up: migrate, load seeds, roles and demo accounts. Idempotent, so a start-up retried after an outage is safe.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, IConfiguration configuration, IHostEnvironment environment)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        await MigrateAsync(sp.GetRequiredService<AppDbContext>());

        if (configuration.GetValue("Seeds:Enabled", true))
        {
            await sp.GetRequiredService<SeedRunner>().RunAsync(SeedsPath(configuration));
        }

        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (DemoEnabled(configuration, environment))
        {
            await sp.GetRequiredService<DemoUsers>().EnsureAsync(configuration["Demo:Password"] ?? DefaultDemoPassword);
            await sp.GetRequiredService<DemoReports>().EnsureAsync(SeedsPath(configuration));
            await sp.GetRequiredService<DemoTransition>().EnsureAsync();
        }
    }

    public const string DefaultDemoPassword = "Demo@12345";

    /// <summary>Demo accounts exist only when asked for, and never in Production.</summary>
    public static bool DemoEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        !environment.IsProduction() && configuration.GetValue("Demo:Enabled", false);

    public static string SeedsPath(IConfiguration configuration) =>
        configuration["Seeds:Path"] ?? Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>
    /// An unreachable database is reported as <see cref="DatabaseUnavailableException"/> (the portal starts
    /// and retries, see DatabaseStartup); a database that answers but cannot be migrated stops start-up.
    /// </summary>
    private static async Task MigrateAsync(AppDbContext db)
    {
        try
        {
            await db.Database.MigrateAsync();
        }
        catch (Exception ex) when (DatabaseFailure.IsUnavailable(ex))
        {
            throw new DatabaseUnavailableException("Không kết nối được cơ sở dữ liệu: " + ex.GetBaseException().Message, ex);
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or Microsoft.Data.SqlClient.SqlException or InvalidOperationException)
        {
            throw new StartupException("Không mở hoặc không cập nhật được cơ sở dữ liệu: " + ex.Message, ex);
        }
    }
}
