namespace LearningSociety.BrowserTests.Infrastructure;

/// <summary>
/// A portal and a Chromium of the journey's own, so its steps start from the demo data exactly as seeded,
/// and what one step learns (the totals before the report was filed) is there for the later ones.
/// </summary>
public sealed class JourneyFixture : IAsyncLifetime
{
    public BrowserFixture Browser { get; } = new();

    /// <summary>Target T2 over the whole province before the journey: counting approved reports only, and all submitted ones.</summary>
    public (decimal Numerator, decimal Denominator)? ApprovedBefore { get; set; }

    public (decimal Numerator, decimal Denominator)? SubmittedBefore { get; set; }

    public Task InitializeAsync() => Browser.InitializeAsync();

    public Task DisposeAsync() => Browser.DisposeAsync();
}
