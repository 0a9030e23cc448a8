using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.PlanEditor;
using LearningSociety.Web.Features.Reports;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Api;

/// <summary>
/// The read side of /api/v1, for the token's <see cref="UserScope"/>: units of its subtree and of the
/// units that went into it, their agencies, the plans of those units and of the units above (drafts
/// never: <see cref="PlanAuthoring.ReadableBy"/>), the periods in which a report it may see
/// (<see cref="ReportAccess.Visible"/>) was filed, and those reports' statuses.
/// </summary>
public sealed class ApiQueries(AppDbContext db, TimeProvider clock)
{
    public async Task<ApiPage<ApiUnit>> UnitsAsync(UserScope user, int page, int pageSize, UnitLevel? level, DateOnly? validOn, CancellationToken ct)
    {
        var units = Units(user);
        if (level is { } l)
        {
            units = units.Where(u => u.Level == l);
        }

        if (validOn is { } day)
        {
            units = units.Where(u => u.ValidFrom <= day && (u.ValidTo == null || u.ValidTo >= day));
        }

        var total = await units.CountAsync(ct);
        var ids = await units.OrderBy(u => u.Path).ThenBy(u => u.Id).Skip((page - 1) * pageSize).Take(pageSize).Select(u => u.Id).ToListAsync(ct);
        return new ApiPage<ApiUnit>(await UnitRowsAsync(ids, ct), page, pageSize, total);
    }

    public async Task<ApiUnit?> UnitAsync(UserScope user, int id, CancellationToken ct) =>
        await Units(user).AnyAsync(u => u.Id == id, ct) ? (await UnitRowsAsync([id], ct))[0] : null;

    public async Task<ApiPage<ApiAgency>?> AgenciesAsync(UserScope user, int page, int pageSize, int? unitId, CancellationToken ct)
    {
        var units = Units(user);
        if (unitId is { } uid)
        {
            if (!await units.AnyAsync(u => u.Id == uid, ct))
            {
                return null;
            }

            units = units.Where(u => u.Id == uid);
        }

        var agencies = db.Agencies.AsNoTracking().Where(a => units.Any(u => u.Id == a.UnitId));
        var total = await agencies.CountAsync(ct);
        var rows = await agencies.OrderBy(a => a.UnitId).ThenBy(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(a => new { a.Id, a.Key, a.Name, a.ShortName, a.Kind, a.UnitId, a.ValidFrom, a.ValidTo, a.SuccessorId })
            .ToListAsync(ct);
        return new ApiPage<ApiAgency>(
            [.. rows.Select(a => new ApiAgency(a.Id, a.Key, a.Name, a.ShortName, a.Kind.ToString(), a.UnitId, a.ValidFrom, a.ValidTo, a.SuccessorId))],
            page, pageSize, total);
    }

    public async Task<ApiPage<ApiPlanSummary>> PlansAsync(UserScope user, int page, int pageSize, int? year, CancellationToken ct)
    {
        var plans = Plans(user);
        if (year is { } y)
        {
            plans = plans.Where(p => p.PeriodStartYear <= y && y <= p.PeriodEndYear);
        }

        var total = await plans.CountAsync(ct);
        var rows = await PlanRows(plans.OrderByDescending(p => p.IssuedOn).ThenBy(p => p.Id).Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(ct);
        return new ApiPage<ApiPlanSummary>([.. rows.Select(Summary)], page, pageSize, total);
    }

    public async Task<ApiPlan?> PlanAsync(UserScope user, int id, CancellationToken ct)
    {
        var row = await PlanRows(Plans(user).Where(p => p.Id == id)).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var phases = await db.PlanPhases.AsNoTracking().Where(p => p.PlanId == id).OrderBy(p => p.Start).ThenBy(p => p.Id)
            .Select(p => new ApiPlan.Phase(p.Name, p.Start, p.End)).ToListAsync(ct);
        var items = await db.PlanItems.AsNoTracking().Where(i => i.PlanId == id).OrderBy(i => i.SortOrder).ThenBy(i => i.Id)
            .Select(i => new
            {
                i.Id, i.ParentId, i.Number, i.Title, i.Text, i.IsTask, i.Deadline,
                Assignments = i.Assignments.OrderBy(a => a.Role).ThenBy(a => a.Id).Select(a => new { a.AgencyId, a.Agency!.Name, a.Role }).ToList(),
            })
            .ToListAsync(ct);
        var targets = await db.Targets.AsNoTracking().Where(t => t.PlanId == id).OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .Select(t => new
            {
                t.Id, t.Code, t.Name, t.Kind, t.UnitOfMeasure,
                Values = t.Values.OrderBy(v => v.Year).ThenBy(v => v.Id).Select(v => new ApiPlan.TargetValue(v.Year, v.PhaseName, v.Value)).ToList(),
            })
            .ToListAsync(ct);
        return new ApiPlan(
            Summary(row),
            phases,
            [.. items.Select(i => new ApiPlan.Item(
                i.Id, i.ParentId, i.Number, i.Title, i.Text, i.IsTask,
                i.Deadline is { } d ? new ApiPlan.Deadline(d.Kind.ToString(), d.Date, d.Year, d.Quarter, d.Day, d.Month, d.PhaseName, d.Text) : null,
                [.. i.Assignments.Select(a => new ApiPlan.Assignment(a.AgencyId, a.Name, a.Role.ToString()))]))],
            [.. targets.Select(t => new ApiPlan.Target(t.Id, t.Code, t.Name, t.Kind.ToString(), t.UnitOfMeasure, t.Values))]);
    }

    public async Task<ApiPage<ApiPeriod>> PeriodsAsync(UserScope user, int page, int pageSize, int? planId, int? year, CancellationToken ct)
    {
        var periods = Periods(user);
        if (planId is { } pid)
        {
            periods = periods.Where(p => p.PlanId == pid);
        }

        if (year is { } y)
        {
            periods = periods.Where(p => p.Year == y);
        }

        var total = await periods.CountAsync(ct);
        var rows = await PeriodRows(periods.OrderByDescending(p => p.Deadline).ThenByDescending(p => p.Id).Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(ct);
        return new ApiPage<ApiPeriod>(rows, page, pageSize, total);
    }

    public Task<ApiPeriod?> PeriodAsync(UserScope user, int id, CancellationToken ct) =>
        PeriodRows(Periods(user).Where(p => p.Id == id)).SingleOrDefaultAsync(ct);

    /// <summary>The reports of a period the token may see, optionally under one unit; null when the period or unit is not the token's to see.</summary>
    public async Task<ApiPage<ApiReportStatus>?> ReportsAsync(UserScope user, int periodId, int page, int pageSize, int? unitId, ReportStatus? status, CancellationToken ct)
    {
        var deadline = await Periods(user).Where(p => p.Id == periodId).Select(p => (DateOnly?)p.Deadline).SingleOrDefaultAsync(ct);
        if (deadline is null)
        {
            return null;
        }

        var reports = db.Reports.AsNoTracking().Visible(db, user).Where(r => r.PeriodId == periodId);
        if (unitId is { } uid)
        {
            var path = await Units(user).Where(u => u.Id == uid).Select(u => u.Path).SingleOrDefaultAsync(ct);
            if (path is null)
            {
                return null;
            }

            reports = reports.Where(r => r.Unit!.Path.StartsWith(path));
        }

        if (status is { } s)
        {
            reports = reports.Where(r => r.Status == s);
        }

        var overdue = VietnamTime.Today(clock) > deadline;
        var total = await reports.CountAsync(ct);
        var rows = await reports.OrderBy(r => r.Unit!.Path).ThenBy(r => r.AgencyId).ThenBy(r => r.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(r => new
            {
                r.Id, r.UnitId, Unit = r.Unit!.Name, r.AgencyId, Agency = r.Agency!.Name, r.Status, r.SubmittedAt, r.IsLate, r.ApprovedAt,
                By = r.Events.Where(e => e.Action == ReportAction.Submitted).OrderByDescending(e => e.At).Select(e => e.UserName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return new ApiPage<ApiReportStatus>(
            [.. rows.Select(r => new ApiReportStatus(
                r.Id, r.UnitId, r.Unit, r.AgencyId, r.Agency, r.Status.ToString(), r.SubmittedAt, r.By,
                r.IsLate || (overdue && r.Status is ReportStatus.Draft or ReportStatus.Returned or ReportStatus.NotSubmitted),
                r.ApprovedAt))],
            page, pageSize, total);
    }

    /// <summary>The token's subtree and the subtrees of the units that went into it, as <see cref="ReportAccess.Visible"/> reads reports.</summary>
    private IQueryable<AdministrativeUnit> Units(UserScope user)
    {
        var own = user.UnitPath ?? "\u0000";
        var history = user.PredecessorPaths.ToList();
        return db.Units.AsNoTracking().Where(u => u.Path.StartsWith(own) || history.Any(h => EF.Functions.Like(u.Path, h + "%")));
    }

    /// <summary>Plans of the visible units, and of the units above the token's own (a province's plan binds its communes).</summary>
    private IQueryable<Domain.Plans.Plan> Plans(UserScope user)
    {
        var above = user.UnitPath is { } own ? UnitPath.Ids(own) : [];
        var units = Units(user);
        return db.Plans.AsNoTracking().ReadableBy(user).Where(p => above.Contains(p.UnitId) || units.Any(u => u.Id == p.UnitId));
    }

    private IQueryable<ReportingPeriod> Periods(UserScope user)
    {
        var visible = db.Reports.Visible(db, user);
        return db.ReportingPeriods.AsNoTracking().Where(p => visible.Any(r => r.PeriodId == p.Id));
    }

    private async Task<List<ApiUnit>> UnitRowsAsync(IReadOnlyList<int> ids, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Code, u.Name, u.UnitType, u.Level, u.ParentId, u.ValidFrom, u.ValidTo }).ToListAsync(ct);
        var links = await db.UnitSuccessions.AsNoTracking().Where(s => ids.Contains(s.PredecessorId) || ids.Contains(s.SuccessorId))
            .Select(s => new { s.PredecessorId, Predecessor = s.Predecessor!.Name, s.SuccessorId, Successor = s.Successor!.Name, s.IsFull, s.EffectiveOn })
            .ToListAsync(ct);
        return [.. ids.Select(id => units.Single(u => u.Id == id)).Select(u => new ApiUnit(
            u.Id, u.Code, u.Name, u.UnitType, u.Level.ToString(), u.ParentId, u.ValidFrom, u.ValidTo,
            [.. links.Where(l => l.PredecessorId == u.Id).OrderBy(l => l.SuccessorId).Select(l => new ApiUnit.Link(l.SuccessorId, l.Successor, l.IsFull, l.EffectiveOn))],
            [.. links.Where(l => l.SuccessorId == u.Id).OrderBy(l => l.PredecessorId).Select(l => new ApiUnit.Link(l.PredecessorId, l.Predecessor, l.IsFull, l.EffectiveOn))]))];
    }

    private static IQueryable<PlanRow> PlanRows(IQueryable<Domain.Plans.Plan> plans) =>
        plans.Select(p => new PlanRow(p.Id, p.Number, p.Symbol, p.Title, p.IssuedOn, p.IssuerId, p.Issuer!.Name, p.UnitId, p.Level, p.Kind, p.Status, p.PeriodStartYear, p.PeriodEndYear));

    private sealed record PlanRow(
        int Id, string? Number, string Symbol, string Title, DateOnly IssuedOn, int IssuerId, string Issuer, int UnitId, UnitLevel Level,
        Domain.Plans.PlanKind Kind, Domain.Plans.PlanStatus Status, int Start, int End);

    private static ApiPlanSummary Summary(PlanRow p) => new(
        p.Id, (p.Number ?? "…") + "/" + p.Symbol, p.Title, p.IssuedOn, p.IssuerId, p.Issuer, p.UnitId, p.Level.ToString(), p.Kind.ToString(), p.Status.ToString(), p.Start, p.End);

    private static IQueryable<ApiPeriod> PeriodRows(IQueryable<ReportingPeriod> periods) =>
        periods.Select(p => new ApiPeriod(
            p.Id, p.Name, p.PlanId, (p.Plan!.Number ?? "…") + "/" + p.Plan.Symbol, p.Frequency.ToString(), p.Year, p.Quarter, p.PhaseName,
            p.CutoffStart, p.CutoffEnd, p.Deadline, p.IsClosed));
}
