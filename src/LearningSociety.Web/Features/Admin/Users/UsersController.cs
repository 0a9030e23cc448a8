using LearningSociety.Web.Authorization;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Admin.Users;

[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
public sealed class UsersController(UserQueries queries, UserCommands commands, AgencyPicker agencies, UserScopeProvider scope) : Controller
{
    /// <summary>The submit button that narrows the agency list instead of saving.</summary>
    public const string FindAgency = "find-agency";

    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] UserFilter filter, CancellationToken ct) => View(await queries.ListAsync(filter, ct));

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        View(new NewUserForm { Agencies = await agencies.FindAsync(null, null, ct) });

    [HttpPost]
    public async Task<IActionResult> Create(NewUserForm form, string? command, CancellationToken ct)
    {
        if (command == FindAgency)
        {
            return View(await NarrowAgenciesAsync(form, ct));
        }

        if (ModelState.IsValid)
        {
            var created = await commands.CreateAsync(form, await scope.GetAsync(ct), ct);
            if (created.Succeeded)
            {
                TempData["StatusMessage"] = $"Đã tạo tài khoản {form.Email.Trim()}.";
                return RedirectToAction(nameof(Index), new { q = form.Email.Trim() });
            }

            ModelState.AddProblems(created.Problems);
        }

        form.Agencies = await agencies.FindAsync(form.AgencyQuery, form.AgencyId, ct);
        return View(form);
    }

    [HttpGet]
    public async Task<IActionResult> Edit(string id, CancellationToken ct)
    {
        var form = await queries.EditFormAsync(id, (await scope.GetAsync(ct)).UserId, null, ct);
        if (form is null)
        {
            return NotFound();
        }

        form.Agencies = await agencies.FindAsync(null, form.AgencyId, ct);
        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(string id, EditUserForm form, string? command, CancellationToken ct)
    {
        var actor = await scope.GetAsync(ct);
        if (command == FindAgency)
        {
            await NarrowAgenciesAsync(form, ct);
        }
        else if (ModelState.IsValid)
        {
            var updated = await commands.UpdateAsync(id, form, actor, ct);
            if (updated is null)
            {
                return NotFound();
            }

            if (updated.Succeeded)
            {
                TempData["StatusMessage"] = "Đã lưu thông tin tài khoản.";
                return RedirectToAction(nameof(Edit), new { id });
            }

            ModelState.AddProblems(updated.Problems);
        }

        if (await queries.EditFormAsync(id, actor.UserId, form, ct) is null)
        {
            return NotFound();
        }

        if (command != FindAgency)
        {
            form.Agencies = await agencies.FindAsync(form.AgencyQuery, form.AgencyId, ct);
        }

        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Lock(string id, CancellationToken ct)
    {
        var user = await commands.FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var locked = await commands.LockAsync(user, await scope.GetAsync(ct), ct);
        TempData[locked.Succeeded ? "StatusMessage" : "ErrorMessage"] = locked.Message ?? $"Đã khóa tài khoản {user.Email}. Người dùng không đăng nhập được cho đến khi được mở khóa.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Unlock(string id, CancellationToken ct)
    {
        var user = await commands.FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await commands.UnlockAsync(user, await scope.GetAsync(ct), ct);
        TempData["StatusMessage"] = $"Đã mở khóa tài khoản {user.Email}.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Password(string id, CancellationToken ct) =>
        await queries.PasswordFormAsync(id, null, ct) is { } form ? View(form) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Password(string id, PasswordForm form, CancellationToken ct)
    {
        var user = await commands.FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var reset = await commands.ResetPasswordAsync(user, form.NewPassword, await scope.GetAsync(ct), ct);
            if (reset.Succeeded)
            {
                TempData["StatusMessage"] = $"Đã đặt mật khẩu mới cho {user.Email}. Hãy báo mật khẩu cho người dùng qua kênh an toàn.";
                return RedirectToAction(nameof(Edit), new { id });
            }

            ModelState.AddProblems(reset.Problems);
        }

        await queries.PasswordFormAsync(id, form, ct);
        return View(form);
    }

    /// <summary>For the picker's script: the same list the form shows after "Tìm", as JSON.</summary>
    [HttpGet]
    public async Task<IActionResult> AgencyOptions(string? q, int? selected, CancellationToken ct) =>
        q?.Length > UserForm.MaxQueryLength ? BadRequest() : Json(await agencies.FindAsync(q, selected, ct));

    /// <summary>Shows the agencies matching the filter, keeps everything typed, and reports nothing as wrong yet.</summary>
    private async Task<T> NarrowAgenciesAsync<T>(T form, CancellationToken ct) where T : UserForm
    {
        // Only the filter's own problem (too long, a character taken out) is said; it is kept as typed.
        var query = ModelState.GetValueOrDefault(nameof(UserForm.AgencyQuery));
        ModelState.Clear();
        if (query is { Errors.Count: > 0 })
        {
            ModelState.SetModelValue(nameof(UserForm.AgencyQuery), query.RawValue, query.AttemptedValue);
            foreach (var error in query.Errors)
            {
                ModelState.AddModelError(nameof(UserForm.AgencyQuery), error.ErrorMessage);
            }

            form.Agencies = await agencies.FindAsync(null, form.AgencyId, ct);
            return form;
        }

        form.Agencies = await agencies.FindAsync(form.AgencyQuery, form.AgencyId, ct);
        if (form.AgencyId is null && form.Agencies.Matched == 1)
        {
            form.AgencyId = form.Agencies.Options[0].Id;
        }

        return form;
    }
}
