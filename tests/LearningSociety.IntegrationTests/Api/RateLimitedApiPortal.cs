namespace LearningSociety.IntegrationTests.Api;

/// <summary>The same portal with three requests a minute per token.</summary>
public sealed class RateLimitedApiPortal : ApiPortal
{
    protected override int RequestsPerMinute => 3;
}
