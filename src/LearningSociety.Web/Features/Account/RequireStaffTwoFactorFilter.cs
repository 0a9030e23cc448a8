using LearningSociety.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Account;

/// <summary>
/// Sends staff covered by <see cref="StaffTwoFactorPolicy"/> to the set-up page until two-factor
/// sign-in is on. Read from the database once per version of the data (FreshCache: any write to accounts), so turning it
/// on takes effect at once and turning it off cannot be hidden by an older cookie.
/// </summary>
public sealed class RequireStaffTwoFactorFilter(StaffTwoFactorPolicy policy, AppDbContext db, Shared.FreshCache cache) : IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var principal = context.HttpContext.User;
        if (!policy.AppliesTo(principal) || context.ActionDescriptor.EndpointMetadata.OfType<AllowWithoutTwoFactorAttribute>().Any())
        {
            return;
        }

        var id = principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        var enabled = await cache.GetOrCreateAsync("2fa|" + id,
            () => db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.TwoFactorEnabled).FirstOrDefaultAsync(context.HttpContext.RequestAborted));
        if (!enabled)
        {
            context.Result = new RedirectToActionResult(nameof(AccountSecurityController.Enable), "AccountSecurity", null);
        }
    }
}
