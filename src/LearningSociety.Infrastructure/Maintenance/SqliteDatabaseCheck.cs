using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LearningSociety.Infrastructure.Maintenance;

/// <summary>Checks that a file is a sound SQLite database of this portal and counts its main tables.</summary>
public static class SqliteDatabaseCheck
{
    public sealed record Result(string LastMigration, IReadOnlyDictionary<string, long> Rows);

    /// <summary>Tables whose counts an operator compares before and after a backup or restore.</summary>
    public static readonly IReadOnlyList<string> CountedTables =
        ["AspNetUsers", "Units", "Agencies", "Plans", "ReportingPeriods", "Reports", "ReportEvents", "ReportNarratives", "AuditEntries"];

    public static Result Verify(string path)
    {
        try
        {
            using var connection = SqliteFiles.Open(path, SqliteOpenMode.ReadWrite);
            var problems = new List<string>();
            using (var check = connection.CreateCommand())
            {
                check.CommandText = "PRAGMA integrity_check";
                using var reader = check.ExecuteReader();
                while (reader.Read())
                {
                    problems.Add(reader.GetString(0));
                }
            }

            if (problems is not ["ok"])
            {
                throw new MaintenanceException($"Tệp '{path}' bị hỏng (PRAGMA integrity_check): {string.Join("; ", problems.Take(5))}");
            }

            var tables = SqliteFiles.Scalar<long>(connection,
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('__EFMigrationsHistory', 'AspNetUsers', 'Reports')");
            if (tables != 3)
            {
                throw new MaintenanceException($"Tệp '{path}' là cơ sở dữ liệu SQLite nhưng không phải của cổng thông tin (thiếu bảng dữ liệu).");
            }

            var rows = CountedTables.ToDictionary(t => t, t => SqliteFiles.Scalar<long>(connection, $"SELECT count(*) FROM \"{t}\""), StringComparer.Ordinal);
            var migration = SqliteFiles.Scalar<string>(connection, "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1");
            return new Result(migration, rows);
        }
        catch (SqliteException ex)
        {
            throw new MaintenanceException($"Tệp '{path}' không phải cơ sở dữ liệu SQLite đọc được: {ex.Message}", ex);
        }
    }

    public static string Describe(IReadOnlyDictionary<string, long> rows) =>
        string.Join(", ", rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key} {r.Value}")));
}
