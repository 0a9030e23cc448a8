using LearningSociety.Domain.Identity;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Seeding;
using LearningSociety.Infrastructure.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Setup;

/// <summary>Start-up: migrate (with retries, for a database server still booting), load seeds, roles and demo accounts.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, IConfiguration configuration, IHostEnvironment environment)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        var db = sp.GetRequiredService<AppDbContext>();
        await MigrateWithRetriesAsync(db, configuration, logger);

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
            await sp.GetRequiredService<DemoReports>().EnsureAsync();
        }
    }

    public const string DefaultDemoPassword = "Demo@12345";

    /// <summary>Demo accounts exist only when asked for, and never in Production.</summary>
    public static bool DemoEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        !environment.IsProduction() && configuration.GetValue("Demo:Enabled", false);

    public static string SeedsPath(IConfiguration configuration) =>
        configuration["Seeds:Path"] ?? Path.Combine(AppContext.BaseDirectory, "seeds");

    private static async Task MigrateWithRetriesAsync(AppDbContext db, IConfiguration configuration, ILogger logger)
    {
        var attempts = DatabaseServiceCollectionExtensions.ReadProvider(configuration) == DatabaseProvider.SqlServer ? 10 : 1;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.Database.MigrateAsync();
                return;
            }
            catch (Exception ex) when (attempt < attempts && ex is not StartupException)
            {
                logger.LogWarning("Chưa kết nối được cơ sở dữ liệu (lần {Attempt}/{Attempts}): {Message}", attempt, attempts, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, 2 * attempt)));
            }
            catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or Microsoft.Data.SqlClient.SqlException or InvalidOperationException)
            {
                throw new StartupException("Không mở hoặc không cập nhật được cơ sở dữ liệu: " + ex.Message, ex);
            }
        }
    }
}
