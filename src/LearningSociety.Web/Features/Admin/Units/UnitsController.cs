using LearningSociety.Web.Authorization;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Admin.Units;

[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
public sealed class UnitsController(UnitContacts units, UserScopeProvider scope) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] AdminSearch search, CancellationToken ct) => View(await units.ListAsync(search, ct));

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await units.FormAsync(id, null, ct) is { } form ? View(form) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Edit(int id, UnitContactForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var changed = await units.SaveAsync(id, form, await scope.GetAsync(ct), ct);
            if (changed is null)
            {
                return NotFound();
            }

            TempData["StatusMessage"] = changed.Value ? "Đã lưu thông tin liên hệ của đơn vị hành chính." : "Không có thay đổi nào để lưu.";
            return RedirectToAction(nameof(Edit), new { id });
        }

        return await units.FormAsync(id, form, ct) is null ? NotFound() : View(form);
    }
}
