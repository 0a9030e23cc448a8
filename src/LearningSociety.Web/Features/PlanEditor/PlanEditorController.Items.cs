using LearningSociety.Domain.Plans;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>Sections and tasks: add, edit, delete, move; assignments and deadlines; a missing agency.</summary>
public sealed partial class PlanEditorController
{
    [HttpGet]
    public Task<IActionResult> Item(int id, int? itemId, int? parentId, CancellationToken ct) =>
        WithPlan(id, ct, plan => Task.FromResult<IActionResult>(ItemForm(plan, itemId, parentId, null) is { } model ? View(model) : NotFound()));

    [HttpPost]
    public async Task<IActionResult> Item(int id, int? itemId, int? parentId, ItemInput input, CancellationToken ct)
    {
        var result = await Checked(async () => await items.SaveAsync(id, itemId, parentId, input, await Me(ct), ct));
        return await Respond(id, result, ct, plan => Task.FromResult(ItemForm(plan, itemId, parentId, input)),
            itemId is null ? "Đã thêm mục vào kế hoạch." : "Đã lưu mục.", $"/PlanEditor/Edit/{id}#item-{result.CreatedId ?? itemId}");
    }

    [HttpGet]
    public Task<IActionResult> DeleteItem(int id, int itemId, CancellationToken ct) => DeleteItemPage(id, itemId, null, ct);

    [HttpPost]
    public Task<IActionResult> DeleteItem(int id, int itemId, ChangeInput input, CancellationToken ct) => DeleteItemPage(id, itemId, input, ct);

    [HttpGet]
    public Task<IActionResult> Move(int id, int itemId, CancellationToken ct) =>
        WithPlan(id, ct, plan => Task.FromResult<IActionResult>(MoveForm(plan, itemId, new MoveInput { Version = plan.Version }) is { } model ? View(model) : NotFound()));

    [HttpPost]
    public async Task<IActionResult> Move(int id, int itemId, MoveInput input, CancellationToken ct) =>
        await Respond(id, await Checked(async () => await items.MoveAsync(id, itemId, input, await Me(ct), ct)), ct,
            plan => Task.FromResult(MoveForm(plan, itemId, input)), "Đã chuyển mục.", $"/PlanEditor/Edit/{id}#item-{itemId}");

    [HttpGet]
    public Task<IActionResult> Assign(int id, int itemId, CancellationToken ct) =>
        WithPlan(id, ct, async plan =>
        {
            var item = plan.Items.FirstOrDefault(i => i.Id == itemId);
            return item is null ? NotFound() : View(await TaskFormAsync(plan, item, EditorForms.Task(plan, item), ct));
        });

    [HttpPost]
    public async Task<IActionResult> Assign(int id, int itemId, TaskInput input, CancellationToken ct)
    {
        if (input.Step is ChangeStep.Refresh or ChangeStep.ReadDeadline)
        {
            return await WithPlan(id, ct, async plan =>
            {
                var item = plan.Items.FirstOrDefault(i => i.Id == itemId);
                if (item is null)
                {
                    return NotFound();
                }

                var model = await TaskFormAsync(plan, item, input, ct);
                if (input.Step == ChangeStep.ReadDeadline && !input.Deadline.ReadText(plan.PeriodStartYear))
                {
                    model.ReadNotice = "Không đọc được thời hạn từ câu chữ này: hãy chọn loại thời hạn và điền các ô tương ứng.";
                }
                else if (input.Step == ChangeStep.ReadDeadline)
                {
                    ForgetTyped("Deadline."); // the deadline's fields now hold what was read
                }

                return View(model);
            });
        }

        return await Respond(id, await Checked(async () => await tasks.SaveAsync(id, itemId, input, await Me(ct), ct)), ct,
            async plan => plan.Items.FirstOrDefault(i => i.Id == itemId) is { } item ? await TaskFormAsync(plan, item, input, ct) : null,
            "Đã lưu phân công và thời hạn.", $"/PlanEditor/Edit/{id}#item-{itemId}");
    }

    [HttpGet]
    public Task<IActionResult> NewAgency(int id, string? returnUrl, CancellationToken ct) =>
        WithPlan(id, ct, async plan => View(new AgencyFormModel
        {
            Plan = EditorPlan.Of(plan),
            Input = new AgencyInput { ReturnUrl = returnUrl, UnitId = plan.UnitId },
            Units = await queries.AgencyUnitsAsync(plan, ct),
        }));

    [HttpPost]
    public async Task<IActionResult> NewAgency(int id, AgencyInput input, CancellationToken ct)
    {
        // Like every change form (Checked): what the binder found stops the save and stays beside its field.
        var (outcome, problems, _) = ModelState.IsValid
            ? await agencies.CreateAsync(id, input, await Me(ct), ct)
            : (ChangeOutcome.Invalid, ModelState.Problems(), null);
        switch (outcome)
        {
            case ChangeOutcome.NotFound:
                return NotFound();
            case ChangeOutcome.Forbidden:
                return Forbid();
            case ChangeOutcome.Saved:
                TempData["StatusMessage"] = $"Đã thêm “{ChangeText.Clean(input.Name)}” vào danh mục cơ quan, đơn vị. Hãy chọn cơ quan này trong danh sách.";
                return Redirect(Url.IsLocalUrl(input.ReturnUrl) ? input.ReturnUrl! : $"/PlanEditor/Edit/{id}");
        }

        return await WithPlan(id, ct, async plan =>
        {
            if (ModelState.IsValid)
            {
                ModelState.AddProblems(problems);
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new AgencyFormModel { Plan = EditorPlan.Of(plan), Input = input, Units = await queries.AgencyUnitsAsync(plan, ct) });
        });
    }

    private Task<IActionResult> DeleteItemPage(int id, int itemId, ChangeInput? input, CancellationToken ct) =>
        ConfirmPage(id, input, ct, async i => await items.DeleteAsync(id, itemId, i, await Me(ct), ct),
            (plan, change) => new ConfirmModel
            {
                Plan = EditorPlan.Of(plan), Input = change,
                Heading = "Xóa " + (plan.Items.FirstOrDefault(i => i.Id == itemId) is { } item ? ChangeText.Item(item) : "mục"),
                Action = nameof(DeleteItem), Route = Route("itemId", itemId), ConfirmLabel = "Xác nhận xóa", Danger = true,
            },
            "Đã xóa mục khỏi kế hoạch.");

    private static ItemFormModel? ItemForm(Plan plan, int? itemId, int? parentId, ItemInput? input)
    {
        var item = itemId is { } iid ? plan.Items.FirstOrDefault(i => i.Id == iid) : null;
        var parent = parentId is { } pid ? plan.Items.FirstOrDefault(i => i.Id == pid) : null;
        if ((itemId is not null && item is null) || (item is null && parentId is not null && parent is null))
        {
            return null;
        }

        return new ItemFormModel
        {
            Plan = EditorPlan.Of(plan),
            Input = input ?? EditorForms.Item(plan, item, parent?.Id),
            ItemId = item?.Id,
            ParentId = item is null ? parent?.Id : item.ParentId,
            ParentLabel = item is not null ? PlanEditorQueries.ItemLabel(item) : parent is null ? null : PlanEditorQueries.ItemLabel(parent),
        };
    }

    private static MoveFormModel? MoveForm(Plan plan, int itemId, MoveInput input)
    {
        var item = plan.Items.FirstOrDefault(i => i.Id == itemId);
        if (item is null)
        {
            return null;
        }

        var parent = item.ParentId is { } pid ? plan.Items.FirstOrDefault(i => i.Id == pid) : null;
        return new MoveFormModel
        {
            Plan = EditorPlan.Of(plan),
            Input = input,
            ItemId = item.Id,
            ItemLabel = PlanEditorQueries.ItemLabel(item),
            ItemNumber = item.Number,
            Siblings = [.. PlanItemTree.ChildrenOf(plan.Items, item.ParentId).Select(s => (PlanEditorQueries.ItemLabel(s), s.Id == item.Id))],
            Parents = [.. PlanItemTree.PossibleParents(plan.Items, item).Select(p => new EditorOption(p.Item.Id, PlanEditorQueries.ItemLabel(p.Item), p.Depth))],
            CurrentParent = parent is null ? "root" : parent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private async Task<TaskFormModel> TaskFormAsync(Plan plan, PlanItem item, TaskInput input, CancellationToken ct)
    {
        var (options, total) = await queries.AgenciesAsync(plan, input.AgencyFilter, input.Lead.Concat(input.Cooperating), input.IncludeEnded, ct);
        return new TaskFormModel
        {
            Plan = EditorPlan.Of(plan),
            Input = input,
            ItemId = item.Id,
            ItemLabel = (item.IsTask ? "Nhiệm vụ " : "Mục ") + PlanEditorQueries.ItemLabel(item),
            ItemText = item.Text,
            Agencies = options,
            AgencyTotal = total,
            Phases = [.. plan.Phases.OrderBy(p => p.Start).Select(p => p.Name)],
        };
    }
}
