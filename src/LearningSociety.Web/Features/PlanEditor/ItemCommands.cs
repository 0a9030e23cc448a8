using LearningSociety.Domain.Reporting;
using System.Globalization;
using LearningSociety.Domain.Plans;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>The tree of sections and tasks: add, edit, delete, move. Numbers stay as the document writes them.</summary>
public sealed class ItemCommands(AppDbContext db, PlanChangeRunner runner)
{
    public Task<ChangeResult> SaveAsync(int planId, int? itemId, int? parentId, ItemInput input, UserScope user, CancellationToken ct) =>
        runner.RunAsync(planId, input, user, AuditAction.PlanItem, change =>
        {
            var plan = change.Plan;
            var item = itemId is { } id ? plan.Items.FirstOrDefault(i => i.Id == id) : null;
            var parent = parentId is { } pid ? plan.Items.FirstOrDefault(i => i.Id == pid) : null;
            if ((itemId is not null && item is null) || (item is null && parentId is not null && parent is null))
            {
                change.NotFound = true;
                return Task.CompletedTask;
            }

            var number = ValidNumber(input.Number, nameof(input.Number), item, change);
            var title = ChangeText.Clean(input.Title);
            var text = ChangeText.Clean(input.Text);
            if (title is null && text is null)
            {
                change.Problem(nameof(input.Title), "Nhập tiêu đề (hoặc nội dung) của mục.");
            }
            else if (title?.Length > 1000)
            {
                change.Problem(nameof(input.Title), "Tiêu đề dài quá 1.000 ký tự: phần chi tiết hãy ghi vào ô Nội dung.");
            }

            if (change.Problems.Count > 0)
            {
                return Task.CompletedTask;
            }

            if (item is null)
            {
                item = new PlanItem { PlanId = plan.Id, ParentId = parent?.Id, Number = number!, Title = title, Text = text, IsTask = input.IsTask };
                PlanItemTree.Append(plan.Items, item);
                var created = item;
                change.CreatedId = () => created.Id;
                change.Line($"Thêm {ChangeText.Item(item)}{(parent is null ? "" : " trong " + ChangeText.Item(parent))}: {ChangeText.Quote(title ?? text)}");
                return Task.CompletedTask;
            }

            var label = ChangeText.Item(item);
            if (!string.Equals(item.Number, number, StringComparison.Ordinal))
            {
                change.Line($"Sửa số thứ tự {label} → {number}");
                foreach (var target in plan.Targets.Where(t => t.SectionNumber == item.Number))
                {
                    target.SectionNumber = number;
                }
            }

            ChangeText.Compare(change, "tiêu đề " + label, item.Title, title);
            ChangeText.Compare(change, "nội dung " + label, item.Text, text);
            if (item.IsTask != input.IsTask)
            {
                change.Line(input.IsTask ? $"Đánh dấu {label} là nhiệm vụ" : $"Bỏ đánh dấu nhiệm vụ của mục {item.Number}");
            }

            item.Number = number!;
            item.Title = title;
            item.Text = text;
            item.IsTask = input.IsTask;
            return Task.CompletedTask;
        }, ct);

    public Task<ChangeResult> DeleteAsync(int planId, int itemId, ChangeInput input, UserScope user, CancellationToken ct) =>
        runner.RunAsync(planId, input, user, AuditAction.PlanItem, async change =>
        {
            var plan = change.Plan;
            var item = plan.Items.FirstOrDefault(i => i.Id == itemId);
            if (item is null)
            {
                change.NotFound = true;
                return;
            }

            if (await RefusalAsync(plan, item, ct) is { } refusal)
            {
                change.Refusal = refusal;
                return;
            }

            foreach (var target in plan.Targets.Where(t => t.SectionNumber == item.Number))
            {
                target.SectionNumber = null;
            }

            plan.Items.Remove(item);
            db.PlanItems.Remove(item);
            PlanItemTree.Renumber(plan.Items);
            change.Line($"Xóa {ChangeText.Item(item)}: {ChangeText.Quote(item.Title ?? item.Text)}");
        }, ct);

    /// <summary>Why an item cannot be deleted, or null: it still has sub-items, or reports already account for it.</summary>
    public async Task<string?> RefusalAsync(Plan plan, PlanItem item, CancellationToken ct)
    {
        var children = plan.Items.Count(i => i.ParentId == item.Id);
        if (children > 0)
        {
            return $"Không xóa được {ChangeText.Item(item)}: mục này còn {children} mục con. Hãy chuyển hoặc xóa các mục con trước.";
        }

        var reporters = await db.ReportTaskEntries.AsNoTracking()
            .Where(e => e.PlanItemId == item.Id)
            .Join(db.Reports, e => e.ReportId, r => r.Id, (e, r) => new { Agency = r.Agency!.Name, Period = r.Period!.Name })
            .ToListAsync(ct);
        if (reporters.Count == 0)
        {
            return null;
        }

        var examples = string.Join("; ", reporters.Take(3).Select(r => $"{r.Agency} ({r.Period})"));
        return $"Không xóa được {ChangeText.Item(item)}: đã có {reporters.Count.ToString(CultureInfo.InvariantCulture)} báo cáo ghi kết quả thực hiện nhiệm vụ này "
            + $"(ví dụ: {examples}). Xóa nhiệm vụ sẽ làm mất các kết quả đó. Nếu văn bản sửa đổi bỏ nhiệm vụ, hãy ghi rõ điều đó vào nội dung nhiệm vụ thay vì xóa.";
    }

    public Task<ChangeResult> MoveAsync(int planId, int itemId, MoveInput input, UserScope user, CancellationToken ct) =>
        runner.RunAsync(planId, input, user, AuditAction.PlanItem, change =>
        {
            var plan = change.Plan;
            var item = plan.Items.FirstOrDefault(i => i.Id == itemId);
            if (item is null)
            {
                change.NotFound = true;
                return Task.CompletedTask;
            }

            var label = ChangeText.Item(item);
            var number = string.IsNullOrWhiteSpace(input.NewNumber) ? item.Number : ValidNumber(input.NewNumber, nameof(input.NewNumber), item, change);
            PlanItem? newParent = null;
            var parentChanges = false;
            if (!string.IsNullOrWhiteSpace(input.NewParent))
            {
                if (input.NewParent == "root")
                {
                    parentChanges = item.ParentId is not null;
                }
                else if (int.TryParse(input.NewParent, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
                    && plan.Items.FirstOrDefault(i => i.Id == pid) is { } found)
                {
                    if (PlanItemTree.Subtree(plan.Items, item).Contains(found.Id))
                    {
                        change.Problem(nameof(input.NewParent), "Không thể chuyển một mục vào chính nó hoặc vào mục con của nó.");
                    }

                    newParent = found;
                    parentChanges = item.ParentId != found.Id;
                }
                else
                {
                    change.Problem(nameof(input.NewParent), "Chọn mục cha trong danh sách.");
                }
            }

            var offset = input.Direction switch { "up" => -1, "down" => 1, _ => 0 };
            if (change.Problems.Count > 0)
            {
                return Task.CompletedTask;
            }

            if (parentChanges)
            {
                PlanItemTree.MoveUnder(plan.Items, item, newParent?.Id);
                change.Line(newParent is null ? $"Chuyển {label} ra cấp cao nhất (xếp cuối)" : $"Chuyển {label} vào {ChangeText.Item(newParent)} (xếp cuối)");
            }

            if (offset != 0)
            {
                var siblings = PlanItemTree.ChildrenOf(plan.Items, item.ParentId).ToList();
                var index = siblings.IndexOf(item);
                var neighbour = index + offset >= 0 && index + offset < siblings.Count ? siblings[index + offset] : null;
                if (neighbour is null || !PlanItemTree.MoveAmongSiblings(plan.Items, item, offset))
                {
                    change.Problem(nameof(input.Direction), offset < 0 ? "Mục này đã ở đầu danh sách." : "Mục này đã ở cuối danh sách.");
                    return Task.CompletedTask;
                }

                change.Line(offset < 0
                    ? $"Đưa {label} lên trước {ChangeText.Item(neighbour)}"
                    : $"Đưa {label} xuống sau {ChangeText.Item(neighbour)}");
            }

            if (!string.Equals(number, item.Number, StringComparison.Ordinal))
            {
                change.Line($"Sửa số thứ tự {label} → {number}");
                foreach (var target in plan.Targets.Where(t => t.SectionNumber == item.Number))
                {
                    target.SectionNumber = number;
                }

                item.Number = number!;
            }

            return Task.CompletedTask;
        }, ct);

    private static string? ValidNumber(string? input, string field, PlanItem? self, ChangeContext change)
    {
        var number = ChangeText.Clean(input);
        if (number is null)
        {
            change.Problem(field, "Nhập số thứ tự của mục như trong văn bản (ví dụ II.3).");
        }
        else if (number.Length > 64)
        {
            change.Problem(field, "Số thứ tự dài quá 64 ký tự.");
        }
        else if (change.Plan.Items.Any(i => i != self && string.Equals(i.Number, number, StringComparison.Ordinal)))
        {
            change.Problem(field, $"Số “{number}” đã dùng cho một mục khác của kế hoạch: mỗi mục cần một số riêng.");
        }

        return number;
    }
}
