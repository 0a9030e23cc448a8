using LearningSociety.Infrastructure.Maintenance;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// Online backup of the SQLite database while reports are being written, and a restore that checks the
/// copy, keeps the replaced database, refuses damaged files and refuses to run under a live portal.
/// </summary>
public sealed class BackupAndRestoreTests
{
    private readonly TimeProvider _clock = TimeProvider.System;

    [Fact]
    public async Task A_backup_taken_while_a_writer_commits_is_sound_and_holds_every_transaction_committed_before_it()
    {
        var path = await MigratedDatabaseAsync();
        using var stop = new CancellationTokenSource();
        var committed = 0L;
        var writer = Task.Run(() =>
        {
            using var connection = SqliteFiles.Open(path, SqliteOpenMode.ReadWrite);
            SqliteFiles.Execute(connection, "PRAGMA journal_mode = WAL");
            while (!stop.IsCancellationRequested)
            {
                // Ten rows per transaction: a backup that caught half a transaction would hold a count that is not a multiple of ten.
                using var transaction = connection.BeginTransaction();
                for (var i = 0; i < 10; i++)
                {
                    SqliteFiles.Execute(connection, "INSERT INTO AuditEntries (At, UserName, Action) VALUES (0, 'tải', 'report.submit')");
                }

                transaction.Commit();
                Interlocked.Add(ref committed, 10);
            }
        });

        var folder = Path.GetDirectoryName(path)!;
        var previous = 0L;
        for (var n = 0; n < 3; n++)
        {
            await Task.Delay(150);
            var before = Interlocked.Read(ref committed);
            var backup = SqliteBackup.Create(path, Path.Combine(folder, $"backup-{n}.db"));
            var rows = backup.Check.Rows["AuditEntries"];
            Assert.Equal(0, rows % 10);
            Assert.True(rows >= before, $"backup {n} holds {rows} rows, {before} were committed before it started");
            Assert.True(rows >= previous);
            previous = rows;

            // The backup is one self-contained file that opens on its own.
            Assert.False(File.Exists(backup.Path + "-wal"));
            Assert.Equal(rows, SqliteDatabaseCheck.Verify(backup.Path).Rows["AuditEntries"]);
        }

        await stop.CancelAsync();
        await writer;
        Assert.True(previous > 0);
        Assert.True(SqliteDatabaseCheck.Verify(path).Rows["AuditEntries"] >= previous);
        Assert.Empty(Directory.GetFiles(folder, "*.tmp*"));
    }

    [Fact]
    public async Task A_restore_brings_back_exactly_the_backup_and_keeps_the_database_it_replaced()
    {
        var path = await MigratedDatabaseAsync();
        AddAuditRows(path, 7);
        var backup = SqliteBackup.Create(path, Path.Combine(Path.GetDirectoryName(path)!, "saved.db"));
        AddAuditRows(path, 5);

        var result = SqliteRestore.Run(path, backup.Path, _clock);

        Assert.Equal(backup.Check.Rows, SqliteDatabaseCheck.Verify(path).Rows);
        Assert.Equal(7, SqliteDatabaseCheck.Verify(path).Rows["AuditEntries"]);
        Assert.NotNull(result.PreviousCopy);
        Assert.Equal(12, SqliteDatabaseCheck.Verify(result.PreviousCopy!).Rows["AuditEntries"]);
        Assert.False(File.Exists(path + "-wal") && new FileInfo(path + "-wal").Length > 0);
    }

    [Fact]
    public async Task A_restore_is_refused_while_the_portal_runs_on_the_database()
    {
        await using var factory = new PortalFactory();
        factory.CreatePortalClient();
        var backup = SqliteBackup.Create(factory.DatabasePath, Path.Combine(factory.Folder, "saved.db"));
        var before = File.GetLastWriteTimeUtc(factory.DatabasePath);

        var refused = Assert.Throws<MaintenanceException>(() => SqliteRestore.Run(factory.DatabasePath, backup.Path, _clock));

        Assert.Contains("đang chạy", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.GetLastWriteTimeUtc(factory.DatabasePath));
    }

    [Fact]
    public async Task A_damaged_backup_is_refused_and_the_database_is_left_as_it_was()
    {
        var path = await MigratedDatabaseAsync();
        AddAuditRows(path, 3);
        var folder = Path.GetDirectoryName(path)!;
        var backup = SqliteBackup.Create(path, Path.Combine(folder, "saved.db"));
        await using (var file = new FileStream(backup.Path, FileMode.Open, FileAccess.Write))
        {
            file.Seek(4096 * 3, SeekOrigin.Begin);
            file.Write(Enumerable.Repeat((byte)0x5A, 4096 * 4).ToArray());
        }

        var notADatabase = Path.Combine(folder, "notes.db");
        await File.WriteAllTextAsync(notADatabase, "đây không phải cơ sở dữ liệu");

        Assert.Throws<MaintenanceException>(() => SqliteRestore.Run(path, backup.Path, _clock));
        Assert.Throws<MaintenanceException>(() => SqliteRestore.Run(path, notADatabase, _clock));
        Assert.Equal(3, SqliteDatabaseCheck.Verify(path).Rows["AuditEntries"]);
        Assert.Empty(Directory.GetFiles(folder, "*.truoc-phuc-hoi-*"));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp*"));
    }

    [Fact]
    public async Task A_backup_never_overwrites_an_existing_file()
    {
        var path = await MigratedDatabaseAsync();
        var target = Path.Combine(Path.GetDirectoryName(path)!, "taken.db");
        await File.WriteAllTextAsync(target, "bản sao lưu hôm qua");

        Assert.Throws<MaintenanceException>(() => SqliteBackup.Create(path, target));
        Assert.Equal("bản sao lưu hôm qua", await File.ReadAllTextAsync(target));
    }

    private static async Task<string> MigratedDatabaseAsync()
    {
        await using var db = await TestDatabase.CreateAsync();
        var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        SqliteConnection.ClearAllPools();
        return path;
    }

    private static void AddAuditRows(string path, int count)
    {
        using var connection = SqliteFiles.Open(path, SqliteOpenMode.ReadWrite);
        for (var i = 0; i < count; i++)
        {
            SqliteFiles.Execute(connection, "INSERT INTO AuditEntries (At, UserName, Action) VALUES (0, 'kiểm thử', 'login')");
        }
    }
}
