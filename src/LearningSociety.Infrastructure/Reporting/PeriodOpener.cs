using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Commands;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Infrastructure.Reporting;

/// <summary>
/// Opens a reporting period of a plan and creates one report for every agency its reporting rules
/// name, a group ("UBND các xã, thị trấn") expanded to the committees (themselves valid then) of the
/// units valid on the cut-off day. Fixing the set here keeps past completeness stable when units change later.
/// </summary>
public sealed class PeriodOpener(AppDbContext db, TimeProvider clock)
{
    /// <summary>The years a period may be opened for (the form's own range).</summary>
    public const int FirstYear = 2000, LastYear = 2100;

    public Task<CommandResult<ReportingPeriod>> OpenAnnualAsync(int planId, int year, CancellationToken ct = default) =>
        OpenAsync(planId, ReportFrequency.Annual, year, null, null, ct);

    /// <summary>
    /// Opens a period of the given kind: a year, a quarter of a year, or a phase (sơ kết / tổng kết).
    /// The reporters are those of the plan's rules of that frequency (annual rules when a plan has
    /// none for quarters or phases); refused in Vietnamese (by field: frequency, year, quarter, phase) when the
    /// period exists or cannot be formed.
    /// </summary>
    public async Task<CommandResult<ReportingPeriod>> OpenAsync(int planId, ReportFrequency frequency, int year, int? quarter, string? phaseName, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(frequency))
        {
            return CommandResult<ReportingPeriod>.Invalid("frequency", "Vui lòng chọn loại kỳ báo cáo.");
        }

        if (year is < FirstYear or > LastYear)
        {
            return CommandResult<ReportingPeriod>.Invalid("year", $"Năm của kỳ báo cáo phải từ {FirstYear} đến {LastYear}.");
        }

        if (frequency == ReportFrequency.Quarterly && quarter is not (>= 1 and <= 4))
        {
            return CommandResult<ReportingPeriod>.Invalid("quarter", quarter is null ? "Vui lòng chọn quý." : "Quý phải từ 1 đến 4.");
        }

        var plan = await db.Plans.AsSplitQuery().Include(p => p.Phases).Include(p => p.ReportingRules).ThenInclude(r => r.FromAgency)
            .SingleAsync(p => p.Id == planId, ct);
        var rules = plan.ReportingRules.Where(r => r.Frequency == frequency).OrderBy(r => r.SortOrder).ToList();
        if (rules.Count == 0 && frequency is ReportFrequency.Quarterly or ReportFrequency.Phase)
        {
            rules = [.. plan.ReportingRules.Where(r => r.Frequency == ReportFrequency.Annual).OrderBy(r => r.SortOrder)];
        }

        if (rules.Count == 0)
        {
            return CommandResult<ReportingPeriod>.Refused($"Kế hoạch {plan.DocumentNumber} không quy định ai báo cáo cho loại kỳ này.");
        }

        var phases = plan.Phases.Select(p => new PhaseWindow(p.Name, p.Start, p.End)).ToList();
        var deadline = rules.Select(r => r.Deadline?.ToRule()).FirstOrDefault(r => r is not null);
        var window = frequency switch
        {
            ReportFrequency.Quarterly => PeriodCalendar.Quarterly(year, quarter!.Value),
            ReportFrequency.Phase => PhaseWindowFor(plan, phaseName, deadline, phases),
            _ => PeriodCalendar.Annual(year, deadline, phases),
        };
        if (window is null)
        {
            return CommandResult<ReportingPeriod>.Invalid("phase", "Vui lòng chọn giai đoạn của kế hoạch.");
        }

        if (await db.ReportingPeriods.AnyAsync(p => p.PlanId == plan.Id && p.Name == window.Name, ct))
        {
            return CommandResult<ReportingPeriod>.Refused($"Kỳ “{window.Name}” của kế hoạch này đã được mở.");
        }

        var period = new ReportingPeriod
        {
            PlanId = plan.Id,
            Name = window.Name,
            Frequency = frequency,
            Year = window.CutoffEnd.Year,
            Quarter = frequency == ReportFrequency.Quarterly ? quarter : null,
            PhaseName = frequency == ReportFrequency.Phase ? phaseName : null,
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
                    if (ReviewerChoice.Replaces(reviewers[rule.ToAgencyId].Kind, reviewers[existing.ReviewerAgencyId].Kind))
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
        return CommandResult.Ok(period);
    }

    /// <summary>Null when the plan has no phase of that name.</summary>
    private static PeriodCalendar.Window? PhaseWindowFor(Plan plan, string? phaseName, DeadlineRule? deadline, List<PhaseWindow> phases)
    {
        if (plan.Phases.FirstOrDefault(p => p.Name == phaseName) is not { } phase)
        {
            return null;
        }

        var kind = phase.Review == ReviewKind.Final ? "Tổng kết" : "Sơ kết";
        // The phase's report is due by the plan's yearly deadline in its last year, else on its last day.
        var due = deadline?.DueDateFor(phase.End.Year, phases) is { } d && d <= phase.End ? d : phase.End;
        return new PeriodCalendar.Window($"{kind} {phase.Name}", phase.Start, phase.End, due);
    }

    private async Task<IReadOnlyList<Agency>> ExpandAsync(Agency from, DateOnly asOf, CancellationToken ct)
    {
        if (from.Kind != AgencyKind.Group || from.MemberLevel is not { } level)
        {
            return [from];
        }

        var root = await db.Units.Where(u => u.Id == from.UnitId).Select(u => new { u.Path, u.ValidTo }).SingleAsync(ct);
        var members = db.Units.Where(u => u.Level == level && u.Path.StartsWith(root.Path));
        if (root.ValidTo is { } end && end < asOf)
        {
            // The group's area was reorganised (1/7/2025): its old units report through the new
            // units that absorbed them, so a plan running across the reform still has reporters.
            var old = members.Where(u => u.ValidTo == null || u.ValidTo >= end).Select(u => u.Id);
            members = db.UnitSuccessions.Where(s => old.Contains(s.PredecessorId)).Select(s => s.Successor!).Distinct();
        }

        var valid = members.Where(u => u.ValidFrom <= asOf && (u.ValidTo == null || asOf <= u.ValidTo)).Select(u => u.Id);
        // The committees that exist on that day too: a unit code reused after the reform keeps its old committee on record.
        return await db.Agencies
            .Where(a => a.Kind == AgencyKind.PeoplesCommittee && valid.Contains(a.UnitId)
                && (a.ValidFrom == null || a.ValidFrom <= asOf) && (a.ValidTo == null || asOf <= a.ValidTo))
            .OrderBy(a => a.Unit!.Code)
            .ToListAsync(ct);
    }
}
