using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LearningSociety.Infrastructure.Setup;

/// <summary>
/// Runs on every SQLite connection the portal opens. It puts the database in WAL mode with the chosen
/// synchronous level, once per physical connection (pooled connections keep their settings), and it
/// refuses to open a database file that has disappeared since it was first seen: SQLite would
/// otherwise create an empty database in its place and the portal would answer "no such table".
/// </summary>
public sealed class SqliteConnectionSetup(string? path, string synchronous) : DbConnectionInterceptor
{
    private static readonly object Configured = new();
    private readonly ConditionalWeakTable<object, object> _handles = [];
    private volatile bool _fileSeen;

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        EnsureFilePresent();
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        EnsureFilePresent();
        return ValueTask.FromResult(result);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Configure(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Configure(connection);
        return Task.CompletedTask;
    }

    private void EnsureFilePresent()
    {
        if (path is null)
        {
            return;
        }

        if (File.Exists(path))
        {
            _fileSeen = true;
        }
        else if (_fileSeen)
        {
            throw new DatabaseUnavailableException($"Không tìm thấy tệp cơ sở dữ liệu '{path}' (tệp đã bị di chuyển, xóa hoặc ổ đĩa chưa được gắn).");
        }
    }

    private void Configure(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } || _handles.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA journal_mode = WAL; PRAGMA synchronous = {synchronous};";
        command.ExecuteNonQuery();
        _handles.AddOrUpdate(handle, Configured);
        _fileSeen |= path is not null && File.Exists(path);
    }
}
