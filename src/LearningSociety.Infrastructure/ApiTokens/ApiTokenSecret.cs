using System.Security.Cryptography;
using System.Text;

namespace LearningSociety.Infrastructure.ApiTokens;

/// <summary>
/// The token's text: "lsp_" and 32 random bytes in base64url (43 characters). 256 bits of entropy need
/// no slow hash: SHA-256 cannot be reversed and guessing is hopeless, so the lookup stays one index seek.
/// </summary>
public static class ApiTokenSecret
{
    public const string Prefix = "lsp_";
    public const int Length = 47;
    private const int HintLength = 12;

    public static (string Token, string Hash, string Hint) Create()
    {
        var token = Prefix + Base64UrlNoPadding(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token), token[..HintLength]);
    }

    /// <summary>Whether the text has the token's shape; anything else is refused before the database is asked.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.StartsWith(Prefix, StringComparison.Ordinal)
        && token.AsSpan(Prefix.Length).IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") < 0;

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlNoPadding(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
