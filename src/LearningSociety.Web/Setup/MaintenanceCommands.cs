using LearningSociety.Infrastructure.Maintenance;
using LearningSociety.Infrastructure.Setup;

namespace LearningSociety.Web.Setup;

/// <summary>
/// <c>backup --to FILE</c>: an online, consistent copy of the SQLite database while the portal runs.
/// <c>restore --from FILE</c>: checks the copy and puts it in place; refused while the portal runs.
/// SQL Server has its own BACKUP/RESTORE DATABASE (docs/operations.md).
/// </summary>
public static class MaintenanceCommands
{
    public static int Backup(WebApplication app, string? target)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            Console.Error.WriteLine("Cách dùng: backup --to <tệp sao lưu .db>");
            return 2;
        }

        return Run(app, path =>
        {
            var result = SqliteBackup.Create(path, target);
            Console.WriteLine($"Đã sao lưu {path} vào {result.Path} ({result.Bytes / 1024} KB, kiểm tra toàn vẹn: ok).");
            Console.WriteLine("Số dòng: " + SqliteDatabaseCheck.Describe(result.Check.Rows));
        });
    }

    public static int Restore(WebApplication app, string? source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            Console.Error.WriteLine("Cách dùng: restore --from <tệp sao lưu .db> (dừng cổng thông tin trước)");
            return 2;
        }

        return Run(app, path =>
        {
            var result = SqliteRestore.Run(path, source, app.Services.GetRequiredService<TimeProvider>());
            Console.WriteLine($"Đã phục hồi {result.DatabasePath} từ {Path.GetFullPath(source)} (kiểm tra toàn vẹn: ok).");
            if (result.PreviousCopy is not null)
            {
                Console.WriteLine($"Cơ sở dữ liệu trước khi phục hồi được giữ lại tại {result.PreviousCopy}.");
            }

            Console.WriteLine("Số dòng: " + SqliteDatabaseCheck.Describe(result.Check.Rows));
        });
    }

    private static int Run(WebApplication app, Action<string> action)
    {
        if (DatabaseServiceCollectionExtensions.ReadProvider(app.Configuration) != DatabaseProvider.Sqlite)
        {
            Console.Error.WriteLine("Lệnh này dành cho SQLite. Với SQL Server dùng BACKUP DATABASE / RESTORE DATABASE (xem docs/operations.md).");
            return 2;
        }

        var path = DatabaseServiceCollectionExtensions.SqliteFilePath(
            DatabaseServiceCollectionExtensions.SqliteConnectionString(app.Configuration, app.Environment.ContentRootPath));
        if (path is null)
        {
            Console.Error.WriteLine("Cơ sở dữ liệu đang ở trong bộ nhớ: không có gì để sao lưu hay phục hồi.");
            return 2;
        }

        try
        {
            action(path);
            return 0;
        }
        catch (MaintenanceException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
    }
}
