using LearningSociety.Infrastructure.ApiTokens;
using Microsoft.AspNetCore.Authorization;

namespace LearningSociety.Web.Features.Api;

/// <summary>Who may call what on /api/v1: a token (never the portal's cookie), and for figures or plans the matching scope.</summary>
public static class ApiPolicies
{
    /// <summary>Units, agencies, periods: any valid token.</summary>
    public const string Directory = "api.directory";

    public const string Figures = "api.figures";

    /// <summary>Plans and report statuses.</summary>
    public const string Plans = "api.plans";

    public static AuthorizationBuilder AddApiPolicies(this AuthorizationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddPolicy(Directory, p => Token(p))
            .AddPolicy(Figures, p => Token(p).RequireClaim(ApiTokenClaims.Scope, nameof(ApiScopes.Figures)))
            .AddPolicy(Plans, p => Token(p).RequireClaim(ApiTokenClaims.Scope, nameof(ApiScopes.Plans)));
    }

    private static AuthorizationPolicyBuilder Token(AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(ApiTokenAuthentication.SchemeName).RequireAuthenticatedUser().RequireClaim(ApiTokenClaims.TokenId);
}
