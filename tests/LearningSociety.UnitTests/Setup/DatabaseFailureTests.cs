using LearningSociety.Infrastructure.Setup;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.UnitTests.Setup;

/// <summary>Only an outage of the database earns the "try again later" page; a bug must stay a bug.</summary>
public sealed class DatabaseFailureTests
{
    [Theory]
    [InlineData(14)] // SQLITE_CANTOPEN: file gone or unreadable
    [InlineData(10)] // SQLITE_IOERR: disk trouble
    [InlineData(5)]  // SQLITE_BUSY: the write lock was not released within the timeout
    [InlineData(26)] // SQLITE_NOTADB
    public void SQLite_errors_of_the_file_or_the_lock_are_outages(int code) =>
        Assert.True(DatabaseFailure.IsUnavailable(new SqliteException("sqlite", code)));

    [Theory]
    [InlineData(1)]  // SQLITE_ERROR: e.g. no such column, a bug
    [InlineData(19)] // SQLITE_CONSTRAINT: a duplicate key, handled by the feature
    public void SQLite_errors_of_the_statement_are_not_outages(int code) =>
        Assert.False(DatabaseFailure.IsUnavailable(new SqliteException("sqlite", code)));

    [Fact]
    public void An_outage_is_found_inside_the_exceptions_EF_Core_wraps_it_in() =>
        Assert.True(DatabaseFailure.IsUnavailable(new DbUpdateException("save failed", new InvalidOperationException("x", new SqliteException("disk", 10)))));

    [Fact]
    public void The_portal_s_own_outage_exception_counts_and_ordinary_errors_do_not()
    {
        Assert.True(DatabaseFailure.IsUnavailable(new DatabaseUnavailableException("tệp không còn")));
        Assert.True(DatabaseFailure.IsUnavailable(new AggregateException(new TimeoutException(), new DatabaseUnavailableException("x"))));
        Assert.False(DatabaseFailure.IsUnavailable(new InvalidOperationException("Sequence contains no elements")));
        Assert.False(DatabaseFailure.IsUnavailable(null));
    }
}
