using LearningSociety.Domain.Plans;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>The editor's shared steps: load with access check, and turn a change result into a page or a redirect.</summary>
public sealed partial class PlanEditorController
{
    private Task<UserScope> Me(CancellationToken ct) => scope.GetAsync(ct);

    private async Task<IActionResult> WithPlan(int id, CancellationToken ct, Func<Plan, Task<IActionResult>> page)
    {
        var load = await queries.LoadAsync(id, await Me(ct), ct);
        if (load.Plan is null)
        {
            return NotFound();
        }

        return load.Forbidden ? Forbid() : await page(load.Plan);
    }

    /// <summary>Saved → back to the editor; otherwise the same form again, with what was typed, the problems or the preview.</summary>
    private async Task<IActionResult> Respond<TModel>(
        int id, ChangeResult result, CancellationToken ct, Func<Plan, Task<TModel?>> rebuild, string saved, string? savedUrl = null, string? view = null)
        where TModel : ChangeFormModel
    {
        switch (result.Outcome)
        {
            case ChangeOutcome.NotFound:
                return NotFound();
            case ChangeOutcome.Forbidden:
                return Forbid();
            case ChangeOutcome.Saved:
                TempData["StatusMessage"] = saved;
                return Redirect(savedUrl ?? $"/PlanEditor/Edit/{id}");
            case ChangeOutcome.Refused:
                TempData["ErrorMessage"] = result.Message;
                return RedirectToAction(nameof(Edit), new { id });
        }

        return await WithPlan(id, ct, async plan =>
        {
            var model = await rebuild(plan);
            if (model is null)
            {
                return NotFound();
            }

            Present(model, result);
            return view is null ? View(model) : View(view, model);
        });
    }

    /// <summary>A change with nothing to fill in: GET shows what will happen, POST confirms it.</summary>
    private async Task<IActionResult> ConfirmPage(
        int id, ChangeInput? posted, CancellationToken ct, Func<ChangeInput, Task<ChangeResult>> run, Func<Plan, ChangeInput, ConfirmModel> build,
        string saved, Func<int, string>? savedUrl = null)
    {
        var load = await queries.LoadAsync(id, await Me(ct), ct);
        if (load.Plan is null)
        {
            return NotFound();
        }

        if (load.Forbidden)
        {
            return Forbid();
        }

        var input = posted ?? new ChangeInput { Version = load.Plan.Version, Step = ChangeStep.Preview };
        var result = await Checked(() => run(input));
        switch (result.Outcome)
        {
            case ChangeOutcome.NotFound:
                return NotFound();
            case ChangeOutcome.Forbidden:
                return Forbid();
            case ChangeOutcome.Saved:
                TempData["StatusMessage"] = saved;
                return Redirect(savedUrl?.Invoke(id) ?? $"/PlanEditor/Edit/{id}");
        }

        var model = build(load.Plan, input);
        if (result.Outcome == ChangeOutcome.Refused)
        {
            model.Refusal = result.Message;
            Response.StatusCode = posted is null ? StatusCodes.Status200OK : StatusCodes.Status409Conflict;
        }
        else
        {
            Present(model, result);
        }

        return View("Confirm", model);
    }

    /// <summary>
    /// Runs the change only when the form was read as sent. What the binder found — a character taken out of a
    /// text (<see cref="Setup.CleanTextModelBinder"/>), a number or day that cannot be read, a value outside its
    /// field's range or length — stops it: nothing is saved, and the form comes back with the message beside the
    /// field and the value as typed (the entries stay in ModelState).
    /// </summary>
    private async Task<ChangeResult> Checked(Func<Task<ChangeResult>> run) =>
        ModelState.IsValid ? await run() : new ChangeResult(ChangeOutcome.Invalid, [], ModelState.Problems());

    /// <summary>Drops what the binder kept for the fields under <paramref name="prefix"/> once the form has filled them itself.</summary>
    private void ForgetTyped(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
    }

    private void Present(ChangeFormModel model, ChangeResult result)
    {
        // The binder's problems (see Checked) are in ModelState already; otherwise the editor's own are added.
        if (ModelState.IsValid)
        {
            ModelState.AddProblems(result.Problems);
        }

        model.Preview = result.Lines;
        model.Change.PreviewToken = result.PreviewToken;
        switch (result.Outcome)
        {
            case ChangeOutcome.Invalid:
                // Only the amending document missing: the changes are known, so they can be shown and confirmed at once.
                if (result.Lines.Count > 0 && result.Problems.All(p => p.Field == PlanChangeRunner.AmendingField))
                {
                    model.Change.PreviewToken = ChangeText.Token(result.Lines);
                }
                else
                {
                    model.Preview = [];
                }

                ModelState.AddModelError(string.Empty, "Chưa lưu: vui lòng sửa các mục được đánh dấu bên dưới.");
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                break;
            case ChangeOutcome.Conflict:
                model.IsConflict = true;
                model.Notice = result.Message;
                model.Change.Version = result.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            case ChangeOutcome.NoChange:
                model.NoChange = true;
                break;
            case ChangeOutcome.Preview:
                model.Notice = result.Message;
                break;
        }
    }

    private static Dictionary<string, string> Route(string key, int value) =>
        new(StringComparer.Ordinal) { [key] = value.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
