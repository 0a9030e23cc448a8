using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Infrastructure.Reporting;

/// <summary>
/// Opens a reporting period of a plan and creates one report for every agency its reporting rules
/// name, a group ("UBND các xã, thị trấn") expanded to the committees of the units valid on the
/// cut-off day. Fixing the set here keeps past completeness stable when units change later.
/// </summary>
public sealed class PeriodOpener(AppDbContext db, TimeProvider clock)
{
    public async Task<ReportingPeriod> OpenAnnualAsync(int planId, int year, CancellationToken ct = default)
    {
        var plan = await db.Plans.AsSplitQuery().Include(p => p.Phases).Include(p => p.ReportingRules).ThenInclude(r => r.FromAgency)
            .SingleAsync(p => p.Id == planId, ct);
        var rules = plan.ReportingRules.Where(r => r.Frequency == ReportFrequency.Annual).OrderBy(r => r.SortOrder).ToList();
        if (rules.Count == 0)
        {
            throw new InvalidOperationException($"Kế hoạch {plan.DocumentNumber} không có chế độ báo cáo hằng năm.");
        }

        var phases = plan.Phases.Select(p => new PhaseWindow(p.Name, p.Start, p.End)).ToList();
        var deadline = rules.Select(r => r.Deadline?.ToRule()).FirstOrDefault(r => r is not null);
        var window = PeriodCalendar.Annual(year, deadline, phases);
        var period = new ReportingPeriod
        {
            PlanId = plan.Id,
            Name = window.Name,
            Frequency = ReportFrequency.Annual,
            Year = year,
            CutoffStart = window.CutoffStart,
            CutoffEnd = window.CutoffEnd,
            Deadline = window.Deadline,
            OpenedAt = clock.GetUtcNow(),
        };

        var reviewers = await db.Agencies.Where(a => rules.Select(r => r.ToAgencyId).Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        foreach (var rule in rules)
        {
            foreach (var reporter in await ExpandAsync(rule.FromAgency!, window.CutoffEnd, ct))
            {
                var existing = period.Reports.FirstOrDefault(r => r.AgencyId == reporter.Id);
                if (existing is not null)
                {
                    // The education office consolidates: it wins over a People's Committee as reviewer.
                    if (reviewers[existing.ReviewerAgencyId].Kind == AgencyKind.PeoplesCommittee && reviewers[rule.ToAgencyId].Kind != AgencyKind.PeoplesCommittee)
                    {
                        existing.ReviewerAgencyId = rule.ToAgencyId;
                        existing.ReportingRuleId = rule.Id;
                    }

                    continue;
                }

                period.Reports.Add(new Report
                {
                    AgencyId = reporter.Id,
                    UnitId = reporter.UnitId,
                    ReviewerAgencyId = rule.ToAgencyId,
                    ReportingRuleId = rule.Id,
                    Status = ReportStatus.Draft,
                });
            }
        }

        db.ReportingPeriods.Add(period);
        await db.SaveChangesAsync(ct);
        return period;
    }

    private async Task<IReadOnlyList<Agency>> ExpandAsync(Agency from, DateOnly asOf, CancellationToken ct)
    {
        if (from.Kind != AgencyKind.Group || from.MemberLevel is not { } level)
        {
            return [from];
        }

        var root = await db.Units.Where(u => u.Id == from.UnitId).Select(u => u.Path).SingleAsync(ct);
        return await db.Agencies
            .Where(a => a.Kind == AgencyKind.PeoplesCommittee && a.Unit!.Level == level && a.Unit.Path.StartsWith(root)
                && a.Unit.ValidFrom <= asOf && (a.Unit.ValidTo == null || asOf <= a.Unit.ValidTo))
            .OrderBy(a => a.Unit!.Code)
            .ToListAsync(ct);
    }
}
