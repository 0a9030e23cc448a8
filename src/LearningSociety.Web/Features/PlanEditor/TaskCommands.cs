using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Plans;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>Assigning lead and cooperating agencies to a task and setting its deadline.</summary>
public sealed class TaskCommands(AppDbContext db, PlanChangeRunner runner)
{
    public Task<ChangeResult> SaveAsync(int planId, int itemId, TaskInput input, UserScope user, CancellationToken ct) =>
        runner.RunAsync(planId, input, user, AuditAction.PlanTask, async change =>
        {
            var plan = change.Plan;
            var item = plan.Items.FirstOrDefault(i => i.Id == itemId);
            if (item is null)
            {
                change.NotFound = true;
                return;
            }

            var lead = input.Lead.Distinct().ToList();
            var cooperating = input.Cooperating.Distinct().ToList();
            var wanted = lead.Concat(cooperating).Distinct().ToList();
            var agencies = await db.Agencies.Include(a => a.Successor).Where(a => wanted.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
            if (agencies.Count != wanted.Count)
            {
                change.Problem(nameof(input.Lead), "Có cơ quan không còn trong danh mục; hãy chọn lại.");
            }

            EndedRefusals(change, item, AssignmentRole.Lead, lead, agencies, nameof(input.Lead));
            EndedRefusals(change, item, AssignmentRole.Cooperating, cooperating, agencies, nameof(input.Cooperating));

            var both = lead.Intersect(cooperating).Where(agencies.ContainsKey).Select(id => agencies[id].Name).ToList();
            if (both.Count > 0)
            {
                change.Problem(nameof(input.Cooperating), "Một cơ quan không thể vừa chủ trì vừa phối hợp: " + string.Join("; ", both) + ".");
            }

            var deadline = input.Deadline.Build(nameof(input.Deadline), [.. plan.Phases.Select(p => p.Name)], change.Problems);
            if (change.Problems.Count > 0)
            {
                return;
            }

            var label = ChangeText.Item(item);
            Assign(change, item, AssignmentRole.Lead, [.. lead.Select(id => agencies[id])], label);
            Assign(change, item, AssignmentRole.Cooperating, [.. cooperating.Select(id => agencies[id])], label);
            SetDeadline(change, label, item.Deadline, deadline, d => item.Deadline = d);
        }, ct);

    /// <summary>
    /// A body that ended before the plan's issue date cannot be given a task it does not already
    /// hold: what was filed stays as filed, nothing new goes to a body that no longer exists.
    /// </summary>
    public static IEnumerable<string> Refusals(PlanItem item, AssignmentRole role, IEnumerable<Domain.Agencies.Agency> wanted, DateOnly day) =>
        wanted.Where(a => item.Assignments.All(x => x.AgencyId != a.Id || x.Role != role))
            .Select(a => AgencyLifetime.Refusal(AgencyLifetime.Term.Of(a), day,
                role == AssignmentRole.Lead ? "giao chủ trì nhiệm vụ cho cơ quan này" : "giao phối hợp nhiệm vụ cho cơ quan này"))
            .OfType<string>();

    private static void EndedRefusals(ChangeContext change, PlanItem item, AssignmentRole role, List<int> ids,
        Dictionary<int, Domain.Agencies.Agency> agencies, string field)
    {
        foreach (var message in Refusals(item, role, ids.Where(agencies.ContainsKey).Select(id => agencies[id]), change.Plan.IssuedOn))
        {
            change.Problem(field, message);
        }
    }

    /// <summary>Replaces, fills in or clears a deadline, with the line that says so.</summary>
    public static void SetDeadline(ChangeContext change, string label, Deadline? before, Deadline? after, Action<Deadline?> assign)
    {
        if (before is null && after is null)
        {
            return;
        }

        if (before is not null && after is not null)
        {
            var sameRule = before.Kind == after.Kind && before.Date == after.Date && before.Year == after.Year && before.Quarter == after.Quarter
                && before.Day == after.Day && before.Month == after.Month && before.PhaseName == after.PhaseName;
            if (sameRule)
            {
                ChangeText.Compare(change, "câu chữ thời hạn " + label, before.Text, after.Text);
                before.Text = after.Text;
                return;
            }

            change.Line($"Sửa thời hạn {label}: {ChangeText.Deadline(before)} → {ChangeText.Deadline(after)}");
            // The owned row is updated in place rather than replaced.
            before.Kind = after.Kind;
            before.Date = after.Date;
            before.Year = after.Year;
            before.Quarter = after.Quarter;
            before.Day = after.Day;
            before.Month = after.Month;
            before.PhaseName = after.PhaseName;
            before.Text = after.Text;
            return;
        }

        change.Line(after is null ? $"Bỏ thời hạn {label} (trước đây: {ChangeText.Deadline(before)})" : $"Đặt thời hạn {label}: {ChangeText.Deadline(after)}");
        assign(after);
    }

    /// <summary>Makes the item's agencies in <paramref name="role"/> exactly <paramref name="wanted"/>, with the line that says so.</summary>
    public void Assign(ChangeContext change, PlanItem item, AssignmentRole role, IReadOnlyList<Domain.Agencies.Agency> wanted, string label)
    {
        var current = item.Assignments.Where(a => a.Role == role).ToList();
        var removed = current.Where(a => wanted.All(w => w.Id != a.AgencyId)).ToList();
        var added = wanted.Where(w => current.All(a => a.AgencyId != w.Id)).ToList();
        var what = role == AssignmentRole.Lead ? "cơ quan chủ trì" : "cơ quan phối hợp";
        var removedNames = string.Join("; ", removed.Select(a => a.Agency?.Name));
        var addedNames = string.Join("; ", added.Select(a => a.Name));
        if (removed.Count > 0 && added.Count > 0)
        {
            change.Line($"Đổi {what} {label}: {removedNames} → {addedNames}");
        }
        else if (added.Count > 0)
        {
            change.Line($"Thêm {what} {label}: {addedNames}");
        }
        else if (removed.Count > 0)
        {
            change.Line($"Bỏ {what} {label}: {removedNames}");
        }

        foreach (var assignment in removed)
        {
            item.Assignments.Remove(assignment);
            db.TaskAssignments.Remove(assignment);
        }

        foreach (var agency in added)
        {
            item.Assignments.Add(new TaskAssignment { PlanItemId = item.Id, AgencyId = agency.Id, Agency = agency, Role = role });
        }
    }
}
