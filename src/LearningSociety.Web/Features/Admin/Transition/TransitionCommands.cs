using System.Security.Cryptography;
using System.Text;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;
using K = LearningSociety.Web.Features.Admin.Transition.TransitionChangeKind;

namespace LearningSociety.Web.Features.Admin.Transition;

/// <summary>
/// Preview ("Xem lại") then confirm ("Xác nhận"). The preview carries a fingerprint of the exact change list;
/// the confirmation recomputes the list inside the transaction and refuses when it differs, so two people at
/// once, or a page left open while the data moved, get a conflict and change nothing.
/// </summary>
public sealed class TransitionCommands(AppDbContext db, TransitionStore store)
{
    public const string Conflict = "Dữ liệu đã thay đổi từ khi bạn xem lại; hãy xem lại lần nữa.";
    public const string NothingToDo = "Không có gì thay đổi: các mục đã được chuyển tiếp theo lựa chọn này (hoặc không còn mục nào cần chuyển tiếp).";

    public enum Outcome
    {
        Preview,
        Invalid,
        NoChange,
        Conflict,
        Applied,
        AlreadyUndone,
        NotFound,
    }

    public sealed record Result(Outcome Outcome, TransitionProposal? Proposal, IReadOnlyList<TransitionChange> Changes, IReadOnlyList<string> Problems, string Fingerprint);

    public async Task<Result> PreviewAsync(IReadOnlyDictionary<string, string> choices, UserScope user, CancellationToken ct)
    {
        var proposal = new TransitionProposal(await store.LoadAsync(ct));
        var (changes, problems) = proposal.Changes(choices, user.UserId);
        var outcome = problems.Count > 0 ? Outcome.Invalid : changes.Count == 0 ? Outcome.NoChange : Outcome.Preview;
        return new Result(outcome, proposal, changes, problems, Fingerprint(changes));
    }

    public async Task<Result> ConfirmAsync(IReadOnlyDictionary<string, string> choices, string? fingerprint, UserScope user, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await PreviewAsync(choices, user, ct);
        if (result.Outcome == Outcome.NoChange && fingerprint is not null
            && !(await store.AppliedAsync(ct)).Any(r => Fingerprint(r.Changes) == fingerprint))
        {
            return result with { Outcome = Outcome.Conflict }; // someone else's transition took these rows first
        }

        if (result.Outcome != Outcome.Preview)
        {
            return result; // invalid, or this very transition was applied already: nothing to do
        }

        if (!string.Equals(fingerprint, result.Fingerprint, StringComparison.Ordinal) || !await store.ApplyAsync(result.Changes, null, user, ct))
        {
            return result with { Outcome = Outcome.Conflict };
        }

        await transaction.CommitAsync(ct);
        return result with { Outcome = Outcome.Applied };
    }

    /// <summary>The inverse of an applied transition, last change first.</summary>
    public async Task<Result> UndoPreviewAsync(string id, CancellationToken ct)
    {
        if (await store.FindAsync(id, ct) is not { } record)
        {
            return new Result(Outcome.NotFound, null, [], [], "");
        }

        var inverse = record.Changes.Reverse().Select(c => c.Inverse("Hoàn tác — " + c.Text)).ToList();
        var outcome = (await store.UndoneAsync(ct)).Contains(id) ? Outcome.AlreadyUndone : Outcome.Preview;
        return new Result(outcome, null, inverse, [], Fingerprint(inverse));
    }

    public async Task<Result> UndoAsync(string id, string? fingerprint, UserScope user, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await UndoPreviewAsync(id, ct);
        if (result.Outcome != Outcome.Preview)
        {
            return result;
        }

        if (!string.Equals(fingerprint, result.Fingerprint, StringComparison.Ordinal) || !await store.ApplyAsync(result.Changes, id, user, ct))
        {
            return result with { Outcome = Outcome.Conflict };
        }

        await transaction.CommitAsync(ct);
        return result with { Outcome = Outcome.Applied };
    }

    private static string Fingerprint(IReadOnlyList<TransitionChange> changes)
    {
        var text = string.Join('\n', changes.Select(c => $"{c.Kind}|{c.EntityId}|{c.Before}|{c.After}"));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    /// <summary>The counts a reader wants: plans carried or closed, reviewer and reporter rules, groups, accounts.</summary>
    public static IReadOnlyList<(string Label, int Count)> Counts(IReadOnlyList<TransitionChange> changes) =>
    [
        ("Kế hoạch tiếp tục", changes.Count(c => c.Kind == K.PlanUnit)),
        ("Kế hoạch kết thúc", changes.Count(c => c.Kind == K.PlanStatus)),
        ("Quy định đổi cơ quan nhận báo cáo", changes.Count(c => c.Kind == K.RuleTo)),
        ("Quy định đổi cơ quan báo cáo", changes.Count(c => c.Kind == K.RuleFrom)),
        ("Tài khoản chuyển cơ quan", changes.Count(c => c.Kind == K.UserAgency)),
        ("Tài khoản bị khóa", changes.Count(c => c.Kind == K.UserLock && c.After == TransitionProposal.Lock)),
    ];
}
