using LearningSociety.Infrastructure.Caching;
using LearningSociety.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.Infrastructure.Setup;

public static class DatabaseServiceCollectionExtensions
{
    public const string SqliteMigrations = "LearningSociety.Migrations.Sqlite";
    public const string SqlServerMigrations = "LearningSociety.Migrations.SqlServer";

    /// <summary>Registers <see cref="AppDbContext"/> on the provider named by Database:Provider.</summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = ReadProvider(configuration);
        // One SQLite portal is one process (its instance lock); several processes may share a SQL Server.
        var caching = configuration.GetValue("Caching:Enabled", provider == DatabaseProvider.Sqlite);
        services.AddSingleton(new DataVersion(caching));
        services.AddSingleton<DataVersionInterceptor>();
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = SqliteConnectionString(configuration, contentRoot);
                var setup = new SqliteConnectionSetup(SqliteFilePath(sqlite), ReadSynchronous(configuration));
                services.AddDbContext<AppDbContext>((sp, o) => o.UseSqlite(sqlite, x => x.MigrationsAssembly(SqliteMigrations))
                    .AddInterceptors(setup, sp.GetRequiredService<DataVersionInterceptor>()));
                break;
            case DatabaseProvider.SqlServer:
                var sqlServer = configuration.GetConnectionString("SqlServer");
                if (string.IsNullOrWhiteSpace(sqlServer))
                {
                    throw new StartupException("Thiếu chuỗi kết nối ConnectionStrings:SqlServer cho Database:Provider = SqlServer.");
                }

                services.AddDbContext<AppDbContext>((sp, o) => o.UseSqlServer(sqlServer, x => x.MigrationsAssembly(SqlServerMigrations))
                    .AddInterceptors(sp.GetRequiredService<DataVersionInterceptor>()));
                break;
        }

        return services;
    }

    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new StartupException($"Giá trị Database:Provider = '{value}' không được hỗ trợ. Dùng 'Sqlite' hoặc 'SqlServer'.");
    }

    /// <summary>The SQLite connection string the portal uses, with its file resolved against the content root.</summary>
    public static string SqliteConnectionString(IConfiguration configuration, string contentRoot) =>
        PrepareSqlite(configuration.GetConnectionString("Sqlite"), contentRoot);

    /// <summary>The database file of a SQLite connection string; null for an in-memory database.</summary>
    public static string? SqliteFilePath(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.DataSource is ":memory:" or "" || builder.Mode == SqliteOpenMode.Memory ? null : Path.GetFullPath(builder.DataSource);
    }

    /// <summary>
    /// WAL with synchronous = FULL by default: every commit is on disk before the user is told
    /// "đã nộp", even if the power fails. NORMAL survives a crash of the portal (kill -9) but may lose
    /// the last commits on a power cut; Database:SqliteSynchronous = Normal chooses it.
    /// </summary>
    public static string ReadSynchronous(IConfiguration configuration)
    {
        var value = configuration["Database:SqliteSynchronous"];
        return string.IsNullOrWhiteSpace(value) ? "FULL"
            : value.Trim().ToUpperInvariant() is "FULL" or "NORMAL" ? value.Trim().ToUpperInvariant()
            : throw new StartupException($"Giá trị Database:SqliteSynchronous = '{value}' không được hỗ trợ. Dùng 'Full' hoặc 'Normal'.");
    }

    /// <summary>
    /// Resolves a relative SQLite file against the content root and creates its folder, so a fresh
    /// clone runs without setup; a folder that cannot be created is reported plainly.
    /// </summary>
    private static string PrepareSqlite(string? connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? "Data Source=App_Data/learningsociety.db" : connectionString);
        if (builder.DataSource is not (":memory:" or "") && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
            var folder = Path.GetDirectoryName(path)!;
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new StartupException($"Không tạo được thư mục cơ sở dữ liệu '{folder}': {ex.Message}", ex);
            }

            builder.DataSource = path;
        }

        // WAL (set per connection by SqliteConnectionSetup) lets readers work while a report is being
        // written; the 30 s timeout makes a writer wait for the write lock instead of failing.
        builder.DefaultTimeout = 30;
        builder.Pooling = true;
        return builder.ToString();
    }
}
