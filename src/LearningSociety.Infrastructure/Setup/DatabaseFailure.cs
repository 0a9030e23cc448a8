using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace LearningSociety.Infrastructure.Setup;

/// <summary>
/// Tells an outage of the database (nothing the user did; worth retrying later) from a bug.
/// Only outages get the "cơ sở dữ liệu tạm thời không truy cập được" page and a 503.
/// </summary>
public static class DatabaseFailure
{
    // SQLITE_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB.
    private static readonly HashSet<int> SqliteOutages = [3, 5, 6, 8, 10, 11, 13, 14, 26];

    // Timeout, network and "cannot open database" errors of SQL Server and Azure SQL.
    private static readonly HashSet<int> SqlServerOutages = [-2, 2, 53, 64, 121, 233, 258, 4060, 10053, 10054, 10060, 10061, 10928, 10929, 11001, 40143, 40197, 40501, 40613, 49918, 49919, 49920];

    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case DatabaseUnavailableException:
                case SqliteException s when SqliteOutages.Contains(s.SqliteErrorCode):
                case SqlException q when SqlServerOutages.Contains(q.Number) || q.Class >= 20:
                    return true;
                case AggregateException a when a.InnerExceptions.Any(IsUnavailable):
                    return true;
            }
        }

        return false;
    }
}
