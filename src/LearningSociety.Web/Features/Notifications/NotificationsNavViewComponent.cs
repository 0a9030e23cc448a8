using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Notifications;

/// <summary>The navbar's "Thông báo" entry with the unread count; one indexed count per page.</summary>
public sealed class NotificationsNavViewComponent(NotificationQueries notifications) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        // On the outage page (503) the database is what is missing: show the bell without a count.
        var unread = userId is null || HttpContext.Response.StatusCode == StatusCodes.Status503ServiceUnavailable
            ? 0
            : await notifications.UnreadCountAsync(userId, HttpContext.RequestAborted);
        return View("~/Features/Notifications/_NotificationsNav.cshtml", unread);
    }
}
