using LearningSociety.Web.Authorization;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using O = LearningSociety.Web.Features.Admin.Transition.TransitionCommands.Outcome;

namespace LearningSociety.Web.Features.Admin.Transition;

/// <summary>
/// "Chuyển tiếp sau sắp xếp". Administrators only: a Sở of a new province may author plans of its own subtree
/// only (PlanAuthoring), and the plans and accounts of the units it absorbed lie outside it; accounts are managed
/// by administrators (Admin/Users).
/// </summary>
[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
public sealed class TransitionController(TransitionStore store, TransitionCommands commands, UserScopeProvider scope) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await PageAsync(new Dictionary<string, string>(), [], ct));

    [HttpPost]
    public async Task<IActionResult> Preview(TransitionForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await RefusedAsync(form, [.. ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)], ct);
        }

        var result = await commands.PreviewAsync(form.Choices, await scope.GetAsync(ct), ct);
        return result.Outcome switch
        {
            O.Invalid => await RefusedAsync(form, result.Problems, ct),
            O.NoChange => Done(TransitionCommands.NothingToDo),
            _ => View(nameof(Preview), new TransitionPreviewModel(result.Changes, result.Fingerprint, form.Choices, null, null)),
        };
    }

    [HttpPost]
    public async Task<IActionResult> Apply(TransitionForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await RefusedAsync(form, [.. ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)], ct);
        }

        var result = await commands.ConfirmAsync(form.Choices, form.Fingerprint, await scope.GetAsync(ct), ct);
        return result.Outcome switch
        {
            O.Applied => Done($"Đã áp dụng chuyển tiếp sau sắp xếp: {result.Changes.Count} thay đổi, đã ghi nhật ký. Có thể hoàn tác ở cuối trang."),
            O.Invalid => await RefusedAsync(form, result.Problems, ct),
            O.NoChange => Done(TransitionCommands.NothingToDo),
            _ => Conflict(new TransitionPreviewModel(result.Changes, result.Fingerprint, form.Choices, null, TransitionCommands.Conflict)),
        };
    }

    [HttpGet]
    public async Task<IActionResult> Undo(string? id, CancellationToken ct)
    {
        if (!IsTransitionId(id))
        {
            return NotFound();
        }

        var result = await commands.UndoPreviewAsync(id!, ct);
        return result.Outcome switch
        {
            O.NotFound => NotFound(),
            O.AlreadyUndone => Done("Lần chuyển tiếp này đã được hoàn tác trước đó; không có gì thay đổi."),
            _ => View(nameof(Preview), new TransitionPreviewModel(result.Changes, result.Fingerprint, new Dictionary<string, string>(), id, null)),
        };
    }

    [HttpPost]
    [ActionName(nameof(Undo))]
    public async Task<IActionResult> UndoConfirm(string? id, TransitionForm form, CancellationToken ct)
    {
        if (!IsTransitionId(id))
        {
            return NotFound();
        }

        var result = await commands.UndoAsync(id!, form.Fingerprint, await scope.GetAsync(ct), ct);
        return result.Outcome switch
        {
            O.NotFound => NotFound(),
            O.AlreadyUndone => Done("Lần chuyển tiếp này đã được hoàn tác trước đó; không có gì thay đổi."),
            O.Applied => Done($"Đã hoàn tác chuyển tiếp: {result.Changes.Count} thay đổi, đã ghi nhật ký."),
            _ => Conflict(new TransitionPreviewModel(result.Changes, result.Fingerprint, new Dictionary<string, string>(), id, TransitionCommands.Conflict)),
        };
    }

    private static bool IsTransitionId(string? id) => id is { Length: 32 } && Guid.TryParseExact(id, "N", out _);

    private IActionResult Done(string message)
    {
        TempData["StatusMessage"] = message;
        return RedirectToAction(nameof(Index));
    }

    private ViewResult Conflict(TransitionPreviewModel model)
    {
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(nameof(Preview), model);
    }

    /// <summary>A refused form comes back with what was chosen and the reasons (422).</summary>
    private async Task<IActionResult> RefusedAsync(TransitionForm form, IReadOnlyList<string> problems, CancellationToken ct)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Index), await PageAsync(form.Choices, problems, ct));
    }

    private async Task<TransitionPageModel> PageAsync(IReadOnlyDictionary<string, string> choices, IReadOnlyList<string> problems, CancellationToken ct) =>
        new(new TransitionProposal(await store.LoadAsync(ct)), choices, await store.RecentAsync(ct), problems);
}
