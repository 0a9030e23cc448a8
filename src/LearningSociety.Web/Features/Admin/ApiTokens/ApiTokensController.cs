using LearningSociety.Web.Authorization;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Admin.ApiTokens;

/// <summary>"Mã truy cập API": tokens other systems use to read /api/v1.</summary>
[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
public sealed class ApiTokensController(ApiTokenCommands tokens, UserScopeProvider scope) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await tokens.ListAsync(null, ct));

    /// <summary>Shows the new token once, on this answer; it is not kept anywhere it could be shown again.</summary>
    [HttpPost]
    public async Task<IActionResult> Create(ApiTokenForm form, CancellationToken ct)
    {
        // Every problem at once: the form's own checks and the server's (unit, scopes, lifetime).
        var (created, problems) = await tokens.CreateAsync(form, await scope.GetAsync(ct), ModelState.IsValid, ct);
        if (created is not null)
        {
            Response.Headers.CacheControl = "no-store";
            return View("Created", created);
        }

        foreach (var (field, message) in problems.Where(p => ModelState[p.Field] is not { Errors.Count: > 0 }))
        {
            ModelState.AddModelError(field, message);
        }

        return View(nameof(Index), await tokens.ListAsync(form, ct));
    }

    [HttpPost]
    public async Task<IActionResult> Revoke(int id, CancellationToken ct)
    {
        if (!await tokens.RevokeAsync(id, await scope.GetAsync(ct), ct))
        {
            return NotFound();
        }

        TempData["StatusMessage"] = "Đã thu hồi mã truy cập: từ yêu cầu tiếp theo, hệ thống dùng mã này bị từ chối.";
        return RedirectToAction(nameof(Index));
    }
}
