using System.Security.Claims;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningSociety.Web.Setup;

/// <summary>
/// Ends a session the moment its account's security stamp changes (sign-out, new password, lock,
/// 2FA reset, a new role or unit), including a copied cookie. Identity's own validator re-reads the
/// account only once a minute and then re-issues the cookie; this check is one indexed read of the
/// stamp per request (less: <see cref="FreshCache"/>), and never re-issues anything.
/// </summary>
public static class SessionStampCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await SecurityStampValidator.ValidatePrincipalAsync(context); // roles and claims refreshed every minute
        if (context.Principal is not { } principal)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = principal.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal.FindFirstValue(claims.SecurityStampClaimType);
        if (userId is null)
        {
            return;
        }

        // Read once per version of the data: a new stamp is a write, which makes the next request read it again.
        var db = services.GetRequiredService<AppDbContext>();
        var current = await services.GetRequiredService<FreshCache>().GetOrCreateAsync("stamp|" + userId,
            () => db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefaultAsync(context.HttpContext.RequestAborted));
        if (current is null || !string.Equals(current, stamp, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
