namespace LearningSociety.Web.Features.Account;

/// <summary>Recovery codes as typed: any case, with or without spaces or the middle hyphen.</summary>
public static class RecoveryCode
{
    public static string Normalize(string typed)
    {
        var clean = typed.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        return clean.Length == 10 ? clean[..5] + "-" + clean[5..] : clean;
    }
}
