using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LearningSociety.Infrastructure.Maintenance;

/// <summary>Plain connections for maintenance: no pooling (files are renamed afterwards), never creating a database by accident.</summary>
public static class SqliteFiles
{
    public static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = 30 };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        return connection;
    }

    public static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The side files SQLite keeps next to a database in WAL or rollback mode.</summary>
    public static IEnumerable<string> SideFiles(string path) => [path + "-wal", path + "-shm", path + "-journal"];

    public static void DeleteWithSideFiles(string path)
    {
        foreach (var file in SideFiles(path).Prepend(path))
        {
            File.Delete(file);
        }
    }
}
