namespace LearningSociety.Web.Features.Admin.ApiTokens;

/// <summary>The one page that ever shows a token's text.</summary>
public sealed record ApiTokenCreated(int Id, string Name, string Unit, string Scopes, DateTimeOffset ExpiresAt, string Token);
