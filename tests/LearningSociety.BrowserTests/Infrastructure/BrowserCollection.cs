// The journey has a portal and a Chromium of its own; on a two-core machine the two run one after the other, not racing.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace LearningSociety.BrowserTests.Infrastructure;

/// <summary>All browser tests share one portal and one Chromium; each test gets its own browser context.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
