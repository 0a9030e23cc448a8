using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// The name of the browser's local copy of a report being typed: per report and per user, so a
/// second officer of the same commune on the same browser is never offered the first one's text.
/// The user is a hash, not the id, since the name sits in the browser's storage. The same hash names
/// the service worker's store of the pages kept for offline use (layout: <c>body[data-user]</c>).
/// </summary>
public static class LocalDraftKey
{
    public static string For(ClaimsPrincipal user, int reportId) => $"report-{reportId}-{Owner(user)}";

    public static string Owner(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("local-draft:" + id)))[..16].ToLowerInvariant();
    }
}
