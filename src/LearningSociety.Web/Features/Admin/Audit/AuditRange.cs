using LearningSociety.Domain.Deadlines;

namespace LearningSociety.Web.Features.Admin.Audit;

/// <summary>
/// Whole Vietnam days turned into UTC instants: [From 00:00, To + 1 day 00:00). Kept in UTC (offset zero)
/// because SQLite stores instants as numbers that only compare correctly at the same offset.
/// </summary>
public sealed record AuditRange(DateOnly? From, DateOnly? To)
{
    public DateTimeOffset? FromUtc => From is { } d ? Start(d) : null;

    public DateTimeOffset? ToUtcExclusive => To is { } d ? Start(d.AddDays(1)) : null;

    private static DateTimeOffset Start(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), VietnamTime.Offset).ToUniversalTime();
}
