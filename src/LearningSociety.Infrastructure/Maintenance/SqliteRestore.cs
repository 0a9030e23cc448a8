using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LearningSociety.Infrastructure.Maintenance;

/// <summary>
/// Replaces the portal's database by a backup. Refused while a portal runs against the file (instance
/// lock). The backup is copied beside the database and checked first; the current database is kept as
/// "&lt;db&gt;.truoc-phuc-hoi-&lt;time&gt;"; the old -wal/-shm are removed so SQLite cannot replay them into the
/// restored file; then one rename puts the checked copy in place, so the database is either the old one
/// or the restored one, never a mixture.
/// </summary>
public static class SqliteRestore
{
    public sealed record Result(string DatabasePath, string? PreviousCopy, SqliteDatabaseCheck.Result Check);

    public static Result Run(string databasePath, string backup, TimeProvider clock)
    {
        backup = Path.GetFullPath(backup);
        if (!File.Exists(backup))
        {
            throw new MaintenanceException($"Không tìm thấy tệp sao lưu '{backup}'.");
        }

        using var exclusive = SqliteInstanceLock.TryExclusive(databasePath)
            ?? throw new MaintenanceException("Cổng thông tin đang chạy trên cơ sở dữ liệu này. Hãy dừng cổng thông tin rồi chạy lại lệnh phục hồi.");
        var folder = Path.GetDirectoryName(databasePath)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(databasePath)}.restore-{Guid.NewGuid():N}.tmp");
        try
        {
            File.Copy(backup, temp);
            var check = SqliteDatabaseCheck.Verify(temp);
            string? previous = null;
            if (File.Exists(databasePath))
            {
                previous = databasePath + ".truoc-phuc-hoi-" + clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
                KeepCurrent(databasePath, previous);
                SqliteConnection.ClearAllPools();
                foreach (var side in SqliteFiles.SideFiles(databasePath))
                {
                    File.Delete(side);
                }
            }

            File.Move(temp, databasePath, overwrite: true);
            return new Result(databasePath, previous, check);
        }
        finally
        {
            SqliteFiles.DeleteWithSideFiles(temp);
        }
    }

    /// <summary>A consistent copy of the database being replaced (WAL content included); raw files if it cannot be read.</summary>
    private static void KeepCurrent(string databasePath, string previous)
    {
        try
        {
            SqliteBackup.Copy(databasePath, previous);
        }
        catch (SqliteException)
        {
            SqliteFiles.DeleteWithSideFiles(previous);
            File.Copy(databasePath, previous);
            if (File.Exists(databasePath + "-wal"))
            {
                File.Copy(databasePath + "-wal", previous + "-wal");
            }
        }
    }
}
