using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using F = LearningSociety.Web.Features.Admin.Transition.TransitionFacts;
using K = LearningSociety.Web.Features.Admin.Transition.TransitionChangeKind;

namespace LearningSociety.Web.Features.Admin.Transition;

/// <summary>
/// Reads what a transition needs and applies one: in one transaction, each change checked against the value it
/// was computed from, every change audited, a revision on each plan it touched, and the whole list kept in the
/// audit log (action <c>transition.apply</c> or <c>transition.undo</c>) so it can be undone. Nothing is deleted.
/// </summary>
public sealed class TransitionStore(AppDbContext db, TimeProvider clock, AuditLog audit)
{
    private static readonly string ApplyAction = AuditAction.TransitionApply.Code;
    private static readonly string UndoAction = AuditAction.TransitionUndo.Code;
    private static readonly string EntityType = AuditSubject.Transition.Code;

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public sealed record Record(string? Undoes, IReadOnlyList<TransitionChange> Changes);

    public sealed record Applied(string Id, DateTimeOffset At, string UserName, int Count, bool IsUndo, bool IsUndone);

    public async Task<F> LoadAsync(CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var now = clock.GetUtcNow();
        var units = await db.Units.AsNoTracking().Select(u => new F.Unit(u.Id, u.Name, u.Level, u.Path, u.ValidFrom, u.ValidTo)).ToDictionaryAsync(u => u.Id, ct);
        var successions = (await db.UnitSuccessions.AsNoTracking().Select(s => new { s.PredecessorId, s.SuccessorId }).ToListAsync(ct))
            .ToLookup(s => s.PredecessorId, s => s.SuccessorId);
        var agencies = await db.Agencies.AsNoTracking()
            .Select(a => new F.Agency(a.Id, a.Key, a.Name, a.Kind, a.MemberLevel, a.UnitId, a.ValidFrom, a.ValidTo, a.SuccessorId)).ToDictionaryAsync(a => a.Id, ct);
        var plans = await db.Plans.AsNoTracking().Where(p => p.Status == PlanStatus.Active).OrderBy(p => p.IssuedOn).ThenBy(p => p.Id)
            .Select(p => new F.Plan(p.Id, (p.Number ?? "…") + "/" + p.Symbol, p.Title, p.IssuerId, p.UnitId, p.PeriodStartYear, p.PeriodEndYear, p.Status))
            .ToListAsync(ct);
        var rules = await db.ReportingRules.AsNoTracking().Where(r => db.Plans.Any(p => p.Id == r.PlanId && p.Status == PlanStatus.Active))
            .OrderBy(r => r.PlanId).ThenBy(r => r.SortOrder).ThenBy(r => r.Id)
            .Select(r => new F.Rule(r.Id, r.PlanId, r.FromAgencyId, r.ToAgencyId, r.Frequency)).ToListAsync(ct);
        var periods = await db.ReportingPeriods.AsNoTracking().Where(p => !p.IsClosed && p.Plan!.Status == PlanStatus.Active).OrderBy(p => p.Deadline)
            .Select(p => new F.Period(p.PlanId, p.Name, p.Deadline, p.Reports.Count(r => r.Status != ReportStatus.Excused),
                p.Reports.Count(r => r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Approved)))
            .ToListAsync(ct);
        var accounts = (await db.Users.AsNoTracking().Where(u => u.Agency!.ValidTo != null && u.Agency.ValidTo < today).OrderBy(u => u.Email)
                .Select(u => new { u.Id, u.Email, u.FullName, AgencyId = u.AgencyId!.Value, u.UnitId, u.LockoutEnd }).ToListAsync(ct))
            .Where(u => !(u.LockoutEnd > now)) // a locked account is settled: it no longer acts for the ended body
            .Select(u => new F.Account(u.Id, u.Email ?? "", u.FullName, u.AgencyId, u.UnitId)).ToList();
        return new F(today, units, successions, agencies, plans, rules, periods, accounts);
    }

    /// <summary>False when a row no longer holds the value a change was computed from: nothing is saved then.</summary>
    public async Task<bool> ApplyAsync(IReadOnlyList<TransitionChange> changes, string? undoes, UserScope actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var revisions = new List<(int PlanId, string Text)>();
        foreach (var change in changes)
        {
            var (ok, planId) = await SetAsync(change, now, ct);
            if (!ok)
            {
                db.ChangeTracker.Clear();
                return false;
            }

            if (planId is { } id)
            {
                revisions.Add((id, change.Text));
            }

            audit.Add(actor, undoes is null ? AuditAction.TransitionChange : AuditAction.TransitionRevert, EntityOf(change.Kind), change.EntityId, change.Text);
        }

        foreach (var plan in revisions.GroupBy(r => r.PlanId))
        {
            db.PlanRevisions.Add(new PlanRevision
            {
                PlanId = plan.Key, At = now, UserId = actor.UserId, UserName = actor.UserName,
                Summary = (undoes is null ? "Chuyển tiếp sau sắp xếp đơn vị hành chính:\n" : "Hoàn tác chuyển tiếp sau sắp xếp:\n") + string.Join('\n', plan.Select(r => r.Text)),
            });
        }

        audit.Add(actor, undoes is null ? AuditAction.TransitionApply : AuditAction.TransitionUndo, AuditSubject.Transition, Guid.NewGuid().ToString("N"), JsonSerializer.Serialize(new Record(undoes, changes), Json));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public async Task<IReadOnlyList<Applied>> RecentAsync(CancellationToken ct)
    {
        var rows = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == EntityType)
            .OrderByDescending(a => a.Id).Take(20).Select(a => new { a.EntityId, a.At, a.UserName, a.Action, a.Details }).ToListAsync(ct);
        var undone = await UndoneAsync(ct);
        return [.. rows.Select(r => (r, Record: JsonSerializer.Deserialize<Record>(r.Details ?? "{}", Json)!))
            .Select(x => new Applied(x.r.EntityId!, x.r.At, x.r.UserName, x.Record.Changes.Count, x.r.Action == UndoAction, undone.Contains(x.r.EntityId!)))];
    }

    /// <summary>The latest transitions applied (not undos), to recognise a confirmation sent twice.</summary>
    public async Task<IReadOnlyList<Record>> AppliedAsync(CancellationToken ct) =>
        [.. (await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == EntityType && a.Action == ApplyAction)
                .OrderByDescending(a => a.Id).Take(20).Select(a => a.Details).ToListAsync(ct))
            .Select(d => JsonSerializer.Deserialize<Record>(d ?? "{}", Json)).OfType<Record>()];

    public async Task<Record?> FindAsync(string id, CancellationToken ct) =>
        await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == EntityType && a.Action == ApplyAction && a.EntityId == id)
            .Select(a => a.Details).SingleOrDefaultAsync(ct) is { } details ? JsonSerializer.Deserialize<Record>(details, Json) : null;

    public async Task<HashSet<string>> UndoneAsync(CancellationToken ct) =>
        [.. (await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == EntityType && a.Action == UndoAction).Select(a => a.Details).ToListAsync(ct))
            .Select(d => JsonSerializer.Deserialize<Record>(d ?? "{}", Json)?.Undoes).OfType<string>()];

    /// <summary>Sets one field when it still holds <see cref="TransitionChange.Before"/>; says which plan it touched.</summary>
    private async Task<(bool Ok, int? PlanId)> SetAsync(TransitionChange change, DateTimeOffset now, CancellationToken ct)
    {
        switch (change.Kind)
        {
            case K.PlanStatus or K.PlanUnit or K.PlanIssuer:
            {
                var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == Id(change.EntityId), ct);
                if (plan is null || ValueOf(plan, change.Kind) != change.Before)
                {
                    return (false, null);
                }

                if (change.Kind == K.PlanStatus)
                {
                    plan.Status = Enum.Parse<PlanStatus>(change.After!);
                }
                else if (change.Kind == K.PlanUnit)
                {
                    plan.UnitId = Id(change.After);
                }
                else
                {
                    plan.IssuerId = Id(change.After);
                }

                plan.Version++;
                return (true, plan.Id);
            }

            case K.RuleFrom or K.RuleTo:
            {
                var rule = await db.ReportingRules.SingleOrDefaultAsync(r => r.Id == Id(change.EntityId), ct);
                var current = change.Kind == K.RuleFrom ? rule?.FromAgencyId : rule?.ToAgencyId;
                if (rule is null || Text(current) != change.Before)
                {
                    return (false, null);
                }

                if (change.Kind == K.RuleFrom)
                {
                    rule.FromAgencyId = Id(change.After);
                }
                else
                {
                    rule.ToAgencyId = Id(change.After);
                }

                return (true, rule.PlanId);
            }

            case K.UserAgency or K.UserLock:
            {
                var user = await db.Users.SingleOrDefaultAsync(u => u.Id == change.EntityId, ct);
                var current = change.Kind == K.UserAgency ? $"{user?.AgencyId}|{user?.UnitId}" : user?.LockoutEnd > now ? TransitionProposal.Lock : "";
                if (user is null || current != change.Before)
                {
                    return (false, null);
                }

                if (change.Kind == K.UserAgency)
                {
                    var ids = change.After!.Split('|');
                    user.AgencyId = Id(ids[0]);
                    user.UnitId = ids[1].Length == 0 ? null : Id(ids[1]);
                }
                else
                {
                    user.LockoutEnabled = true;
                    user.LockoutEnd = change.After == TransitionProposal.Lock ? DateTimeOffset.MaxValue : null;
                }

                // Open sessions end: the account signs in again bound to its new body, or not at all.
                user.SecurityStamp = Guid.NewGuid().ToString();
                return (true, null);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(change), change.Kind, "unknown change");
    }

    private static string ValueOf(Plan plan, K kind) => kind switch
    {
        K.PlanStatus => plan.Status.ToString(),
        K.PlanUnit => Text(plan.UnitId),
        _ => Text(plan.IssuerId),
    };

    private static AuditSubject EntityOf(K kind) => kind switch
    {
        K.PlanStatus or K.PlanUnit or K.PlanIssuer => AuditSubject.Plan,
        K.RuleFrom or K.RuleTo => AuditSubject.ReportingRule,
        K.UserAgency or K.UserLock => AuditSubject.User,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static int Id(string? value) => int.Parse(value!, CultureInfo.InvariantCulture);

    private static string Text(int? id) => id?.ToString(CultureInfo.InvariantCulture) ?? "";
}
