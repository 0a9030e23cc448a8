namespace LearningSociety.Web.Features.Account;

/// <summary>How the shared key is shown: in groups of four for typing, and as the otpauth:// link apps read.</summary>
public static class AuthenticatorKey
{
    public static string Format(string key)
    {
        var clean = key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return string.Join(' ', clean.Chunk(4).Select(c => new string(c)));
    }

    /// <summary>Key URI format of Google Authenticator, understood by Microsoft Authenticator, FreeOTP, Aegis and others.</summary>
    public static string Uri(string issuer, string account, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(account)}"
        + $"?secret={key.ToUpperInvariant()}&issuer={System.Uri.EscapeDataString(issuer)}&algorithm=SHA1&digits=6&period=30";
}
