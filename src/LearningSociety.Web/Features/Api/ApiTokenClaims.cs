namespace LearningSociety.Web.Features.Api;

/// <summary>Claims of a principal signed in with an API token (<see cref="ApiTokenAuthentication"/>).</summary>
public static class ApiTokenClaims
{
    public const string TokenId = "api:token";
    public const string UnitPath = "api:unit-path";
    public const string Scope = "api:scope";

    /// <summary>The user id a token's requests carry in the audit log and in <see cref="Shared.UserScope"/>.</summary>
    public static string UserId(int tokenId) => "api-token:" + tokenId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string UserName(string name) => "Mã API · " + name;
}
