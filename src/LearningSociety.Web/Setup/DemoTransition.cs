using LearningSociety.Domain.Deadlines;
using LearningSociety.Infrastructure.Reporting;
using LearningSociety.Web.Features.Admin.Transition;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Setup;

/// <summary>
/// Demo only: once the reform has happened on the portal's clock, the demo database is given what an
/// administrator of the new Tây Ninh would have done in 2025 — the plans part of "Chuyển tiếp sau sắp xếp"
/// applied as proposed (the Cần Đước plan carried to the new province, its reports going to the new Sở; the
/// plans that ended closed). Accounts of the ended bodies are left for the administrator to decide on the
/// page, so the demo still shows a transition to make. Runs only while no transition was ever applied: an
/// administrator who undid it is not overruled at the next start.
/// </summary>
public sealed class DemoTransition(TransitionStore store, TransitionCommands commands, PeriodCalendarRunner calendar, TimeProvider clock)
{
    private static readonly DateOnly ReformDay = new(2025, 7, 1);

    public static readonly UserScope Actor = new("", "Hệ thống (dữ liệu minh họa)", null, null, new HashSet<string>());

    public async Task EnsureAsync(CancellationToken ct = default)
    {
        if (VietnamTime.Today(clock) >= ReformDay && (await store.RecentAsync(ct)).Count == 0 && await ApplyPlansAsync(ct))
        {
            // The periods the carried plans now owe (the 2026 one of the Cần Đước plan) open now, not at the calendar's next round.
            await calendar.RunAsync(ct);
        }
    }

    /// <summary>The transition with every proposal taken, except that accounts are kept as they are. False when there was nothing to apply.</summary>
    public async Task<bool> ApplyPlansAsync(CancellationToken ct = default)
    {
        var proposal = (await commands.PreviewAsync(new Dictionary<string, string>(), Actor, ct)).Proposal!;
        var choices = proposal.Accounts.ToDictionary(a => a.Decision.Key, _ => TransitionProposal.Keep);
        var preview = await commands.PreviewAsync(choices, Actor, ct);
        return preview.Outcome == TransitionCommands.Outcome.Preview
            && (await commands.ConfirmAsync(choices, preview.Fingerprint, Actor, ct)).Outcome == TransitionCommands.Outcome.Applied;
    }
}
