using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Plans;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Seeding;
using LearningSociety.Web.Features.Plans;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>
/// Every change to an existing plan goes through here: access, the version check, the
/// preview-then-confirm rule ("nothing is saved until the user confirms"), the amending
/// document an in-force plan requires, the revision that records it, the search text, the audit
/// line, and the concurrency token on save. A change itself only edits the loaded plan and says
/// in words what it did.
/// </summary>
public sealed class PlanChangeRunner(AppDbContext db, TimeProvider clock, AuditLog audit)
{
    public const string AmendingField = nameof(ChangeInput.AmendingDocument);

    /// <summary>The column's size (PlanRevision.AmendingDocument).</summary>
    public const int MaxAmendingLength = 500;

    public async Task<ChangeResult> RunAsync(
        int planId, ChangeInput input, UserScope user, AuditAction action, Func<ChangeContext, Task> apply, CancellationToken ct)
    {
        var plan = await LoadAsync(planId, ct);
        if (plan is null)
        {
            return ChangeResult.Of(ChangeOutcome.NotFound);
        }

        if (!PlanAuthoring.CanEdit(user, plan.Unit!.Path))
        {
            return ChangeResult.Of(ChangeOutcome.Forbidden);
        }

        var change = new ChangeContext(db, user, plan);
        var wasDraft = plan.Status == PlanStatus.Draft;
        await apply(change);
        if (change.NotFound)
        {
            return Discard(ChangeResult.Of(ChangeOutcome.NotFound));
        }

        if (change.Refusal is { } refusal)
        {
            return Discard(ChangeResult.Of(ChangeOutcome.Refused, refusal));
        }

        var amending = ChangeText.Clean(input.AmendingDocument);
        if (amending is { Length: > MaxAmendingLength })
        {
            change.Problem(AmendingField, $"Văn bản sửa đổi, bổ sung dài quá {MaxAmendingLength} ký tự: ghi số, ký hiệu, ngày và tên văn bản.");
        }

        if (!wasDraft && !change.AmendmentOptional && amending is null && change.Lines.Count > 0)
        {
            change.Problem(AmendingField, "Kế hoạch đang có hiệu lực: nhập văn bản sửa đổi, bổ sung làm căn cứ cho thay đổi này "
                + "(ví dụ “Kế hoạch số 12/KH-UBND ngày 05/3/2025”).");
        }

        if (change.Problems.Count > 0)
        {
            return Discard(new ChangeResult(ChangeOutcome.Invalid, [.. change.Lines], [.. change.Problems], Version: input.Version));
        }

        if (change.Lines.Count == 0)
        {
            return Discard(new ChangeResult(ChangeOutcome.NoChange, [], [], Version: input.Version));
        }

        var token = ChangeText.Token(change.Lines);
        if (input.Version != plan.Version)
        {
            return await ConflictAsync(plan.Id, plan.Version, change.Lines, token, ct);
        }

        if (input.Step != ChangeStep.Confirm || !string.Equals(input.PreviewToken, token, StringComparison.Ordinal))
        {
            var note = input.Step == ChangeStep.Confirm
                ? "Nội dung đã khác với bản bạn vừa xem lại, nên chưa được lưu. Hãy xem lại danh sách thay đổi bên dưới rồi xác nhận."
                : null;
            return Discard(new ChangeResult(ChangeOutcome.Preview, [.. change.Lines], [], note, plan.Version, token));
        }

        var summary = string.Join('\n', change.Lines);
        plan.Version++;
        plan.SearchText = PlanSearchText.Build(plan);
        if (!wasDraft || change.AlwaysRecord)
        {
            db.PlanRevisions.Add(new PlanRevision
            {
                PlanId = plan.Id,
                At = clock.GetUtcNow(),
                UserId = user.UserId,
                UserName = user.UserName,
                AmendingDocument = amending,
                Summary = summary,
            });
        }

        audit.Add(user, action, AuditSubject.Plan, plan.Id, amending is null ? summary : amending + ": " + summary);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.Version).SingleAsync(ct);
            return await ConflictAsync(planId, current, change.Lines, token, ct);
        }

        return new ChangeResult(ChangeOutcome.Saved, [.. change.Lines], [], Version: plan.Version, CreatedId: change.CreatedId?.Invoke());
    }

    /// <summary>The whole plan, tracked: changes work on it in memory and the search text is rebuilt from it.</summary>
    public Task<Plan?> LoadAsync(int planId, CancellationToken ct) =>
        db.Plans.WithEverything().SingleOrDefaultAsync(p => p.Id == planId, ct);

    /// <summary>Who saved last and when, for the message the second editor reads.</summary>
    public async Task<string> LastChangeAsync(int planId, CancellationToken ct)
    {
        var id = ChangeText.Number(planId);
        var last = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Plan" && a.EntityId == id)
            .OrderByDescending(a => a.At)
            .Select(a => new { a.UserName, a.At })
            .FirstOrDefaultAsync(ct);
        return last is null ? "Một người khác" : $"{last.UserName} (lúc {Display.DateTime(last.At)})";
    }

    private async Task<ChangeResult> ConflictAsync(int planId, int currentVersion, IReadOnlyList<string> lines, string token, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var who = await LastChangeAsync(planId, ct);
        var message = $"{who} đã lưu thay đổi khác cho kế hoạch này trong lúc bạn đang sửa, nên thay đổi của bạn chưa được lưu. "
            + "Nội dung bạn nhập vẫn còn nguyên; danh sách bên dưới so sánh nó với bản vừa được lưu. Nếu vẫn muốn lưu, hãy bấm “Xác nhận lưu”.";
        return new ChangeResult(ChangeOutcome.Conflict, [.. lines], [], message, currentVersion, token);
    }

    private ChangeResult Discard(ChangeResult result)
    {
        // Nothing half-applied may reach the database through a later SaveChanges in this request.
        db.ChangeTracker.Clear();
        return result;
    }
}
