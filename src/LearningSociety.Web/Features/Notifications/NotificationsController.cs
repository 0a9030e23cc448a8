using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Notifications;

public sealed class NotificationsController(NotificationQueries notifications) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    [HttpGet]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default) =>
        View(await notifications.ListAsync(UserId, page, ct));

    [HttpPost]
    public async Task<IActionResult> Read(int id, CancellationToken ct)
    {
        if (!await notifications.MarkReadAsync(UserId, id, ct))
        {
            return NotFound();
        }

        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> ReadAll(CancellationToken ct)
    {
        var count = await notifications.MarkAllReadAsync(UserId, ct);
        TempData["StatusMessage"] = count > 0 ? $"Đã đánh dấu {count} thông báo là đã đọc." : "Không có thông báo chưa đọc.";
        return RedirectToAction(nameof(Index));
    }
}
