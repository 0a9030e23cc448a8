namespace LearningSociety.Infrastructure.Reporting;

/// <summary>A body a plan relies on (its issuer, its unit, a reviewer, a named reporter) that no longer exists.</summary>
public sealed record EndedBody(string Name, DateOnly Ended, string? Successor);
