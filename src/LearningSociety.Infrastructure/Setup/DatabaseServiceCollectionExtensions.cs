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
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = PrepareSqlite(configuration.GetConnectionString("Sqlite"), contentRoot);
                services.AddDbContext<AppDbContext>(o => o.UseSqlite(sqlite, x => x.MigrationsAssembly(SqliteMigrations)));
                break;
            case DatabaseProvider.SqlServer:
                var sqlServer = configuration.GetConnectionString("SqlServer");
                if (string.IsNullOrWhiteSpace(sqlServer))
                {
                    throw new StartupException("Thiếu chuỗi kết nối ConnectionStrings:SqlServer cho Database:Provider = SqlServer.");
                }

                services.AddDbContext<AppDbContext>(o => o.UseSqlServer(sqlServer, x => x.MigrationsAssembly(SqlServerMigrations)));
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

        // WAL lets readers work while a report is being written; the busy timeout queues writers instead of failing.
        builder.DefaultTimeout = 30;
        builder.Pooling = true;
        return builder.ToString();
    }
}
