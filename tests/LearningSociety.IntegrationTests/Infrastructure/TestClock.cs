namespace LearningSociety.IntegrationTests.Infrastructure;

/// <summary>A clock the test sets by hand; it does not move on its own. Timers still run on real time.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public TestClock()
        : this(DateTimeOffset.UtcNow)
    {
    }

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by) => Now += by;
}
