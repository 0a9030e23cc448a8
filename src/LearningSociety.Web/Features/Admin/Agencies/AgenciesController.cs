using LearningSociety.Web.Authorization;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Admin.Agencies;

[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
public sealed class AgenciesController(AgencyContacts agencies, AgencyGroups groups, UserScopeProvider scope) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] AdminSearch search, CancellationToken ct) => View(await agencies.ListAsync(search, ct));

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await agencies.FormAsync(id, null, ct) is { } form ? View(form) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Edit(int id, AgencyContactForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var changed = await agencies.SaveAsync(id, form, await scope.GetAsync(ct), ct);
            if (changed is null)
            {
                return NotFound();
            }

            TempData["StatusMessage"] = changed.Value ? "Đã lưu thông tin liên hệ của cơ quan." : "Không có thay đổi nào để lưu.";
            return RedirectToAction(nameof(Edit), new { id });
        }

        return await agencies.FormAsync(id, form, ct) is null ? NotFound() : View(form);
    }

    /// <summary>A new group (no id) or an existing one.</summary>
    [HttpGet]
    public async Task<IActionResult> Group(int? id, CancellationToken ct) =>
        await groups.FormAsync(id, null, ct) is { } form ? View(form) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Group(int? id, AgencyGroupForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var (saved, problems, notFound) = await groups.SaveAsync(id, form, await scope.GetAsync(ct), ct);
            if (notFound)
            {
                return NotFound();
            }

            if (saved is { } groupId)
            {
                TempData["StatusMessage"] = id is null ? "Đã tạo nhóm cơ quan." : "Đã lưu nhóm cơ quan.";
                return RedirectToAction(nameof(Group), new { id = groupId });
            }

            foreach (var (field, message) in problems)
            {
                ModelState.AddModelError(field, message);
            }
        }

        return await groups.FormAsync(id, form, ct) is { } model ? View(model) : NotFound();
    }
}
