namespace LearningSociety.BrowserTests.Infrastructure;

/// <summary>A clock that says the same moment until told otherwise, so dates on screen are known.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>05/12/2024 09:00 in Vietnam: five days before the Cần Đước plan's deadline of 10/12/2024.</summary>
    public static readonly DateTimeOffset DemoDay = new(2024, 12, 5, 2, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
