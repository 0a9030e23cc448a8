using Microsoft.Data.Sqlite;

namespace LearningSociety.Benchmarks;

/// <summary>
/// The floor to compare with: hand-written GROUP BY queries over the same rows, read with a plain
/// data reader (completeness and timeliness per child, each target's sums per child, task
/// progress counts). No tree, no access filter, no objects.
/// </summary>
public static class BareSql
{
    /// <summary>Children of a province are its districts (a commune counts in its parent's group).</summary>
    public const string ByDistrict = "CASE WHEN u.Level = 'Commune' THEN u.ParentId ELSE u.Id END";

    /// <summary>Children of the country are the provinces: the first id of the path.</summary>
    public const string ByProvince = "substr(u.Path, 2, instr(substr(u.Path, 2), '/') - 1)";

    public static async Task<long> RunAsync(string databasePath, int periodId, string pathPrefix, string groupBy)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        var filter = "r.PeriodId = $period AND u.Path LIKE $prefix";
        var rows = 0L;
        rows += await ReadAsync(connection, periodId, pathPrefix,
            $"SELECT {groupBy} AS g, COUNT(*), SUM(r.Status IN ('Submitted', 'Approved')), SUM(r.Status IN ('Submitted', 'Approved') AND r.IsLate = 0) "
            + $"FROM Reports r JOIN Units u ON u.Id = r.UnitId WHERE {filter} GROUP BY g");
        rows += await ReadAsync(connection, periodId, pathPrefix,
            $"SELECT {groupBy} AS g, v.TargetId, COUNT(*), SUM(CAST(v.Numerator AS REAL)), SUM(CAST(v.Denominator AS REAL)), SUM(v.Reached), SUM(CAST(v.Count AS REAL)), MIN(v.Level) "
            + $"FROM ReportTargetValues v JOIN Reports r ON r.Id = v.ReportId JOIN Units u ON u.Id = r.UnitId "
            + $"WHERE {filter} AND r.Status IN ('Submitted', 'Approved') GROUP BY g, v.TargetId");
        rows += await ReadAsync(connection, periodId, pathPrefix,
            "SELECT e.PlanItemId, e.Progress, COUNT(*) FROM ReportTaskEntries e JOIN Reports r ON r.Id = e.ReportId JOIN Units u ON u.Id = r.UnitId "
            + $"WHERE {filter} AND r.Status IN ('Submitted', 'Approved') GROUP BY e.PlanItemId, e.Progress");
        return rows;
    }

    private static async Task<long> ReadAsync(SqliteConnection connection, int periodId, string pathPrefix, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$period", periodId);
        command.Parameters.AddWithValue("$prefix", pathPrefix + "%");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0L;
        var sink = 0d;
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                sink += reader.GetValue(i) switch { long l => l, double d => d, _ => 0 };
            }

            rows++;
        }

        return sink < 0 ? -rows : rows;
    }
}
