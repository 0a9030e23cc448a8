using LearningSociety.Domain.Deadlines;

namespace LearningSociety.Web.Features.Admin.Audit;

/// <summary>
/// Whole Vietnam days turned into UTC instants: [From 00:00, To + 1 day 00:00). Kept in UTC (offset zero)
/// because SQLite stores instants as numbers that only compare correctly at the same offset.
/// </summary>
public sealed record AuditRange(DateOnly? From, DateOnly? To)
{
    public DateTimeOffset? FromUtc => From is { } d ? Start(d) : null;

    /// <summary>The day after 31/12/9999 does not exist: nothing can be later, so there is no upper bound.</summary>
    public DateTimeOffset? ToUtcExclusive => To is { } d && d < DateOnly.MaxValue ? Start(d.AddDays(1)) : null;

    /// <summary>
    /// Null (no bound) for 01/01/0001: its first hours in Vietnam fall before the first UTC instant .NET can hold,
    /// and nothing is earlier. Typed dates reach both ends (found by a scanner: they answered 500).
    /// </summary>
    private static DateTimeOffset? Start(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return local - DateTime.MinValue < VietnamTime.Offset ? null : new DateTimeOffset(local, VietnamTime.Offset).ToUniversalTime();
    }
}
