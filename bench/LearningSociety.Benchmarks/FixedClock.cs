namespace LearningSociety.Benchmarks;

/// <summary>20/12/2024 in Vietnam: after the deadline, so task statuses are a realistic mix.</summary>
public sealed class FixedClock : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(2024, 12, 20, 2, 0, 0, TimeSpan.Zero);
}
