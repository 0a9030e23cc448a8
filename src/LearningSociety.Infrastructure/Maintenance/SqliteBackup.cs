using Microsoft.Data.Sqlite;

namespace LearningSociety.Infrastructure.Maintenance;

/// <summary>
/// An online backup with SQLite's backup API while the portal keeps running: one backup step copies a
/// consistent snapshot (in WAL mode writers are not blocked and readers see no half transaction).
/// The copy is written under a temporary name, checked, and only then given the requested name.
/// </summary>
public static class SqliteBackup
{
    public sealed record Result(string Path, long Bytes, SqliteDatabaseCheck.Result Check);

    public static Result Create(string databasePath, string target)
    {
        if (!File.Exists(databasePath))
        {
            throw new MaintenanceException($"Không tìm thấy cơ sở dữ liệu '{databasePath}'.");
        }

        target = System.IO.Path.GetFullPath(target);
        if (File.Exists(target))
        {
            throw new MaintenanceException($"Tệp '{target}' đã tồn tại: hãy chọn tên khác (bản sao lưu cũ không bị ghi đè).");
        }

        var folder = System.IO.Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var temp = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Copy(databasePath, temp);
            var check = SqliteDatabaseCheck.Verify(temp);
            File.Move(temp, target);
            return new Result(target, new FileInfo(target).Length, check);
        }
        finally
        {
            SqliteFiles.DeleteWithSideFiles(temp);
        }
    }

    /// <summary>Copies a live database into a new single-file database (rollback journal, no -wal beside it).</summary>
    public static void Copy(string databasePath, string destination)
    {
        using var source = SqliteFiles.Open(databasePath, SqliteOpenMode.ReadWrite);
        using var copy = SqliteFiles.Open(destination, SqliteOpenMode.ReadWriteCreate);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                source.BackupDatabase(copy);
                break;
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6 && attempt < 20)
            {
                Thread.Sleep(100 * attempt); // a checkpoint or a schema change holds the lock briefly
            }
        }

        SqliteFiles.Execute(copy, "PRAGMA journal_mode = DELETE");
    }
}
