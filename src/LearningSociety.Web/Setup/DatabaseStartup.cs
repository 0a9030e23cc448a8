using LearningSociety.Infrastructure.Maintenance;
using LearningSociety.Infrastructure.Setup;

namespace LearningSociety.Web.Setup;

/// <summary>Start-up of the web server around the database: the instance lock, and a start that survives an unreachable database.</summary>
public static class DatabaseStartup
{
    /// <summary>
    /// Held while the portal serves a SQLite file, so <c>restore</c> refuses to replace it underneath;
    /// null for SQL Server or an in-memory database.
    /// </summary>
    public static IDisposable? HoldInstanceLock(this WebApplication app)
    {
        if (DatabaseServiceCollectionExtensions.ReadProvider(app.Configuration) != DatabaseProvider.Sqlite
            || DatabaseServiceCollectionExtensions.SqliteFilePath(DatabaseServiceCollectionExtensions.SqliteConnectionString(app.Configuration, app.Environment.ContentRootPath)) is not { } path)
        {
            return null;
        }

        return SqliteInstanceLock.TryShared(path)
            ?? throw new StartupException($"Cơ sở dữ liệu '{path}' đang được phục hồi (lệnh restore). Chờ lệnh kết thúc rồi khởi động lại.");
    }

    /// <summary>
    /// Migrates and seeds; when the database cannot be reached the portal starts anyway, shows the
    /// outage page and answers 503 on /health, and <see cref="DatabaseStartupRetry"/> finishes the job
    /// once the database is back, without a restart.
    /// </summary>
    public static async Task InitializeOrWaitForDatabaseAsync(this WebApplication app)
    {
        var readiness = app.Services.GetRequiredService<DatabaseReadiness>();
        try
        {
            await app.Services.InitializeDatabaseAsync(app.Configuration, app.Environment);
            readiness.MarkReady();
        }
        catch (Exception ex) when (DatabaseFailure.IsUnavailable(ex))
        {
            readiness.MarkUnavailable(ex.Message);
            app.Logger.LogError("Chưa truy cập được cơ sở dữ liệu khi khởi động; cổng thông tin trả lời 503 và thử lại định kỳ: {Message}", ex.Message);
        }
    }
}
