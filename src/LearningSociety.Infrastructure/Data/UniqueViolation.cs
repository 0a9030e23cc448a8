using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Infrastructure.Data;

/// <summary>Recognises "this row already exists" from either provider, so an insert that lost a race can be skipped.</summary>
public static class UniqueViolation
{
    // SQLite: SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY. SQL Server: 2601 (unique index), 2627 (unique constraint).
    private const int SqliteUnique = 2067;
    private const int SqlitePrimaryKey = 1555;

    public static bool Is(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };
}
