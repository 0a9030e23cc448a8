using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Rollup;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using ReportStatus = LearningSociety.Domain.Reporting.ReportStatus;
using TaskProgress = LearningSociety.Domain.Reporting.TaskProgress;

namespace LearningSociety.Infrastructure.Rollup;

/// <summary>
/// Loads one period's reports below a unit as a <see cref="RollupTree"/> in nine queries, whatever
/// the number of units: the period, the root, the units of the subtree (a prefix match on the
/// path), the reports of those units, their target values, their task entries, the plan's targets,
/// phases and tasks.
/// </summary>
/// <remarks>
/// <para>Reports belong to agencies and sit on their agency's unit (<see cref="Report.UnitId"/>).
/// A unit's own report is the report of the agency that consolidates there: the agency at the unit
/// that reviews other reports of the period (Phòng GD&amp;ĐT for a district, Sở GD&amp;ĐT for a
/// province); failing that, the unit's People's Committee (UBND xã for a commune). Every other
/// report at the unit (MTTQ, các phòng ban, đoàn thể…) becomes an agency node below the unit, with
/// no level and the id <c>-AgencyId</c>, so it counts once in completeness and answers only the
/// targets agencies answer.</para>
/// <para>The reports created when the period opened are the expected ones: a unit with no report
/// anywhere below it was not assigned in that period and is left out of the tree.</para>
/// <para>Callers pass the reports the user may see (<c>ReportAccess.Visible</c>); every report
/// query here starts from them.</para>
/// </remarks>
public sealed class RollupTreeLoader(AppDbContext db)
{
    private static readonly IReadOnlyDictionary<int, TargetFigure> NoFigures = new Dictionary<int, TargetFigure>();
    private static readonly IReadOnlyDictionary<int, TaskReport> NoTasks = new Dictionary<int, TaskReport>();

    /// <param name="rootUnitId">The unit whose subtree is rolled up; null for the whole country under a virtual root.</param>
    /// <returns>Null when the period or the unit does not exist.</returns>
    public async Task<RollupTree?> LoadAsync(int periodId, int? rootUnitId, IQueryable<Report> reports, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var period = await db.ReportingPeriods.AsNoTracking().Where(p => p.Id == periodId)
            .Select(p => new RollupPeriod(p.Id, p.PlanId, (p.Plan!.Number ?? "…") + "/" + p.Plan.Symbol, p.Plan.Title, p.Name, p.Year, p.Deadline, p.CutoffEnd))
            .SingleOrDefaultAsync(ct);
        if (period is null)
        {
            return null;
        }

        var units = db.Units.AsNoTracking();
        if (rootUnitId is { } rootId)
        {
            var rootPath = await db.Units.AsNoTracking().Where(u => u.Id == rootId).Select(u => u.Path).SingleOrDefaultAsync(ct);
            if (rootPath is null)
            {
                return null;
            }

            units = units.Where(u => u.Path.StartsWith(rootPath));
        }

        var unitRows = await units
            .Select(u => new UnitRow(u.Id, u.ParentId, u.Code, u.Name, u.Level, u.Path, u.ContactName, u.ContactPhone, u.ContactEmail))
            .ToListAsync(ct);
        var inPeriod = reports.AsNoTracking().Where(r => r.PeriodId == periodId);
        if (rootUnitId is not null)
        {
            // The subtree's ids as one JSON parameter: reports are then found through their unit index
            // instead of testing every report of the period against the path (and no parameter limit).
            var ids = unitRows.Select(u => u.Id).ToList();
            inPeriod = inPeriod.Where(r => EF.Parameter(ids).Contains(r.UnitId));
        }
        var reportRows = await inPeriod
            .Select(r => new ReportRow(r.Id, r.AgencyId, r.UnitId, r.ReviewerAgencyId, r.Status, r.SubmittedAt, r.LastSavedAt, r.IsLate,
                r.Agency!.Name, r.Agency.Kind, r.Agency.ContactName, r.Agency.ContactPhone, r.Agency.ContactEmail))
            .ToListAsync(ct);

        // Drafts and returned reports never count, so their figures are not even read.
        var received = inPeriod.Where(r => r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Approved);
        var values = await db.ReportTargetValues.AsNoTracking()
            .Join(received, v => v.ReportId, r => r.Id, (v, r) => new ValueRow(v.ReportId, v.TargetId, v.Numerator, v.Denominator, v.Reached, v.Count, v.Level, v.Ratings))
            .ToListAsync(ct);
        var entries = await db.ReportTaskEntries.AsNoTracking()
            .Join(received, e => e.ReportId, r => r.Id, (e, r) => new EntryRow(e.ReportId, e.PlanItemId, e.Progress, e.CompletedOn))
            .ToListAsync(ct);

        var targets = await db.Targets.AsNoTracking().Include(t => t.Values)
            .Where(t => t.PlanId == period.PlanId).OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync(ct);
        var phases = await db.PlanPhases.AsNoTracking().Where(p => p.PlanId == period.PlanId)
            .Select(p => new PhaseWindow(p.Name, p.Start, p.End)).ToListAsync(ct);
        var items = await db.PlanItems.AsNoTracking().Where(i => i.PlanId == period.PlanId && i.IsTask)
            .OrderBy(i => i.Id).Select(i => new { i.Id, i.Number, i.Title, i.Deadline }).ToListAsync(ct);

        var tasks = items.Select((i, n) =>
        {
            var rule = i.Deadline?.ToRule();
            return new RollupTask(i.Id, i.Number, i.Title, rule?.DueDateFor(period.Year, phases), rule?.Describe(), n);
        }).ToList();
        var rollupTargets = targets
            .Select(t => new RollupTarget(AskedOfEveryReporter(TargetDefinition.From(t, period.Year)), t.Code, t.Name, t.UnitOfMeasure))
            .ToList();

        var builder = new TreeBuilder(period, Figures(values), TaskReports(entries, tasks));
        var root = builder.Build(unitRows, reportRows, rootUnitId);
        return new RollupTree(period, root, rollupTargets, tasks, builder.Nodes, builder.Info);
    }

    /// <summary>
    /// The report form asks a target "reported by agencies" of every reporter (a commune's People's
    /// Committee is an agency too), so the roll-up must expect it from every reporter, or the figures
    /// the communes gave would be dropped.
    /// </summary>
    private static TargetDefinition AskedOfEveryReporter(TargetDefinition definition) =>
        definition.ReportedByAgencies ? definition with { ReportedByAgencies = false, ReportedByLevel = null } : definition;

    private static Dictionary<int, IReadOnlyDictionary<int, TargetFigure>> Figures(List<ValueRow> values) =>
        values.GroupBy(v => v.ReportId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyDictionary<int, TargetFigure>)g.ToDictionary(v => v.TargetId, v => new TargetFigure
            {
                Numerator = v.Numerator, Denominator = v.Denominator, Reached = v.Reached, Count = v.Count, Level = v.Level,
                Ratings = Domain.Plans.RatingScale.Counts(v.Ratings),
            }));

    private static Dictionary<int, IReadOnlyDictionary<int, TaskReport>> TaskReports(List<EntryRow> entries, List<RollupTask> tasks)
    {
        var due = tasks.ToDictionary(t => t.Id, t => t.Due);
        return entries.Where(e => due.ContainsKey(e.PlanItemId)).GroupBy(e => e.ReportId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyDictionary<int, TaskReport>)g.ToDictionary(e => e.PlanItemId, e => new TaskReport(TaskReport.From(e.Progress), e.CompletedOn, due[e.PlanItemId])));
    }

    private static Domain.Rollup.ReportStatus Map(ReportStatus status) => status switch
    {
        ReportStatus.Submitted => Domain.Rollup.ReportStatus.Submitted,
        ReportStatus.Returned => Domain.Rollup.ReportStatus.Returned,
        ReportStatus.Approved => Domain.Rollup.ReportStatus.Approved,
        ReportStatus.Excused => Domain.Rollup.ReportStatus.Excused,
        ReportStatus.NotSubmitted => Domain.Rollup.ReportStatus.NotSubmitted,
        ReportStatus.Draft => Domain.Rollup.ReportStatus.Draft,
    };

    private sealed record UnitRow(int Id, int? ParentId, string Code, string Name, UnitLevel Level, string Path, string? ContactName, string? ContactPhone, string? ContactEmail);

    private sealed record ReportRow(
        int Id, int AgencyId, int UnitId, int ReviewerAgencyId, ReportStatus Status, DateTimeOffset? SubmittedAt, DateTimeOffset? LastSavedAt, bool IsLate,
        string AgencyName, AgencyKind Kind, string? ContactName, string? ContactPhone, string? ContactEmail);

    private sealed record ValueRow(int ReportId, int TargetId, decimal? Numerator, decimal? Denominator, bool? Reached, decimal? Count, int? Level, string? Ratings);

    private sealed record EntryRow(int ReportId, int PlanItemId, TaskProgress Progress, DateOnly? CompletedOn);

    /// <summary>Builds the tree bottom-up (deepest units first), so each node is made once with its children.</summary>
    private sealed class TreeBuilder(
        RollupPeriod period,
        Dictionary<int, IReadOnlyDictionary<int, TargetFigure>> figures,
        Dictionary<int, IReadOnlyDictionary<int, TaskReport>> tasks)
    {
        public Dictionary<int, RollupNode> Nodes { get; } = [];

        public Dictionary<int, RollupNodeInfo> Info { get; } = [];

        public RollupNode Build(List<UnitRow> units, List<ReportRow> reports, int? rootUnitId)
        {
            var reviewers = reports.Select(r => r.ReviewerAgencyId).ToHashSet();
            var byUnit = reports.ToLookup(r => r.UnitId);
            var loaded = units.Select(u => u.Id).ToHashSet();
            var children = new Dictionary<int, List<RollupNode>>();
            var tops = new List<RollupNode>();
            foreach (var unit in units.OrderByDescending(u => Depth(u.Path)).ThenBy(u => u.Code, StringComparer.Ordinal).ThenBy(u => u.Id))
            {
                var below = children.GetValueOrDefault(unit.Id) ?? [];
                var atUnit = byUnit[unit.Id].OrderBy(r => r.AgencyId).ToList();
                var own = OwnReport(atUnit, reviewers);
                foreach (var report in atUnit.Where(r => r != own))
                {
                    below.Add(AgencyNode(unit, report));
                }

                var isRoot = unit.Id == rootUnitId;
                if (own is null && below.Count == 0 && !isRoot)
                {
                    continue; // not assigned in this period
                }

                var node = new RollupNode
                {
                    UnitId = unit.Id, Name = unit.Name, Level = unit.Level, ExpectedToReport = own is not null && own.Status != ReportStatus.Excused,
                    Report = own is null ? null : Figures(own), Children = below,
                };
                Add(node, Describe(node.UnitId, unit, own, isAgency: false, below.Count > 0));
                if (!isRoot && unit.ParentId is { } parent && loaded.Contains(parent))
                {
                    (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(node);
                }
                else if (!isRoot)
                {
                    tops.Add(node);
                }
            }

            if (rootUnitId is { } id)
            {
                return Nodes[id];
            }

            tops.Sort((a, b) => a.UnitId.CompareTo(b.UnitId));
            var national = new RollupNode { UnitId = RollupTree.NationalRootId, Name = "Toàn quốc", ExpectedToReport = false, Children = tops };
            Add(national, new RollupNodeInfo(RollupTree.NationalRootId, RollupTree.NationalRootId, national.Name, null, "/", false,
                null, null, null, null, null, null, null, false, null, null, null, tops.Count > 0));
            return national;
        }

        /// <summary>The consolidating agency's report; else the People's Committee's; else none.</summary>
        private static ReportRow? OwnReport(List<ReportRow> atUnit, HashSet<int> reviewers) =>
            atUnit.Where(r => reviewers.Contains(r.AgencyId)).OrderBy(r => r.Kind == AgencyKind.PeoplesCommittee ? 1 : 0).FirstOrDefault()
            ?? atUnit.FirstOrDefault(r => r.Kind == AgencyKind.PeoplesCommittee);

        private RollupNode AgencyNode(UnitRow unit, ReportRow report)
        {
            var node = new RollupNode { UnitId = -report.AgencyId, Name = report.AgencyName, Level = null, ExpectedToReport = report.Status != ReportStatus.Excused, Report = Figures(report) };
            Add(node, Describe(node.UnitId, unit, report, isAgency: true, hasChildren: false));
            return node;
        }

        private void Add(RollupNode node, RollupNodeInfo info)
        {
            Nodes[node.UnitId] = node;
            Info[node.UnitId] = info;
        }

        private ReportFigures Figures(ReportRow report) => new()
        {
            Status = Map(report.Status),
            SubmittedAt = report.SubmittedAt,
            Deadline = period.Deadline,
            Targets = figures.GetValueOrDefault(report.Id) ?? NoFigures,
            Tasks = tasks.GetValueOrDefault(report.Id) ?? NoTasks,
        };

        private static RollupNodeInfo Describe(int nodeId, UnitRow unit, ReportRow? report, bool isAgency, bool hasChildren)
        {
            // The agency's own contact first; its unit's when the agency has none.
            var agencyHasContact = report is not null && (report.ContactPhone is not null || report.ContactEmail is not null);
            return new RollupNodeInfo(
                nodeId, unit.Id, isAgency ? report!.AgencyName : unit.Name, isAgency ? null : unit.Level, unit.Path, isAgency,
                report?.Id, report?.AgencyId, report?.AgencyName, report?.Kind, report?.Status, report?.SubmittedAt, report?.LastSavedAt, report?.IsLate ?? false,
                agencyHasContact ? report!.ContactName : unit.ContactName,
                agencyHasContact ? report!.ContactPhone : unit.ContactPhone,
                agencyHasContact ? report!.ContactEmail : unit.ContactEmail,
                hasChildren);
        }

        private static int Depth(string path) => path.Count(c => c == '/');
    }
}
