using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LearningSociety.Infrastructure.Caching;

/// <summary>
/// Bumps the <see cref="DataVersion"/> after every command that writes a table pages read (SaveChanges,
/// ExecuteUpdate/ExecuteDelete, raw SQL: every statement goes through here), and once more when its
/// transaction commits. The second bump is what keeps figures fresh: a page that read the new version
/// between the statement and the commit may have read the old rows, and what it cached is never read
/// after the commit, which comes before the answer "đã lưu"/"đã nộp".
/// Only writes no page's figures read (the audit log, data-protection keys, job queues, an API token's
/// last use) leave the version alone; a table not named below always bumps it.
/// </summary>
public sealed partial class DataVersionInterceptor(DataVersion version) : DbCommandInterceptor, IDbTransactionInterceptor
{
    private static readonly HashSet<string> NotRead = new(StringComparer.OrdinalIgnoreCase)
    {
        "AuditEntries", "DataProtectionKeys", "ExportJobs", "UnitImportJobs", "ApiTokens",
    };

    private readonly ConditionalWeakTable<DbContext, object> _written = [];

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Written(command, eventData.Context);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Written(command, eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Written(command, eventData.Context);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Written(command, eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Written(command, eventData.Context);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Written(command, eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Whether a statement writes a table that pages read.</summary>
    public static bool WritesReadData(string sql) =>
        WriteStatement().Matches(sql).Any(m => !NotRead.Contains(m.Groups["table"].Value));

    private void Written(DbCommand command, DbContext? context)
    {
        if (!WritesReadData(command.CommandText))
        {
            return;
        }

        version.Bump();
        if (context is not null)
        {
            _written.AddOrUpdate(context, true);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && _written.Remove(context))
        {
            version.Bump();
        }
    }

    [GeneratedRegex("""\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM|MERGE(?:\s+INTO)?|REPLACE\s+INTO)\s+(?:\[dbo\]\.)?["\[]?(?<table>\w+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WriteStatement();
}
