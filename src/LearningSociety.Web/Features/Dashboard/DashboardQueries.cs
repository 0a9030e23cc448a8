using System.Text.Json;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Rollup;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Rollup;
using LearningSociety.Infrastructure.Seeding;
using LearningSociety.Web.Features.Consolidated;
using LearningSociety.Web.Features.Shared;
using ReportStatus = LearningSociety.Domain.Reporting.ReportStatus;

namespace LearningSociety.Web.Features.Dashboard;

/// <summary>
/// Builds a dashboard from one consolidation, plus one tree per other year of the same plan for
/// the trend: the queries grow with the number of years shown, never with the number of units.
/// </summary>
public sealed class DashboardQueries(ConsolidationService service, FreshCache cache)
{
    /// <summary>The default serializer escapes &lt;, &gt; and &amp;, so the JSON is safe inside a script element.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Built once per version of the data for everyone with the same access, as the consolidation is.</summary>
    public Task<DashboardModel> BuildAsync(UserScope user, int? periodId, int? unitId, bool approvedOnly, CancellationToken ct, HistoryView? view = null) =>
        cache.GetOrCreateAsync(service.Key("dashboard", user, periodId, unitId, approvedOnly, view), () => BuildUncachedAsync(user, periodId, unitId, approvedOnly, ct, view));

    private async Task<DashboardModel> BuildUncachedAsync(UserScope user, int? periodId, int? unitId, bool approvedOnly, CancellationToken ct, HistoryView? view)
    {
        var consolidation = await service.ComputeAsync(user, periodId, unitId, approvedOnly, ct, view);
        if (consolidation is not { Tree: { } tree, Result: { } root })
        {
            return new DashboardModel(consolidation, consolidation.Tree?.Period, null, "", [], [], [], [], [], new("[]", "{}", "[]"));
        }

        var targets = Targets(tree, root);
        var byChild = root.Children.Where(c => c.Expected > 0).Select(c => Child(consolidation, tree, c)).ToList();
        var chase = ChaseList(tree, root);
        var overdue = OverdueByAgency(tree, consolidation.Options);
        var trend = await TrendAsync(user, consolidation, tree, root, ct);
        var numbers = new DashboardModel.Kpis(
            root.Expected, root.Received, root.OnTime, root.Completeness, root.Timeliness,
            tree.Info.Values.Count(i => i.Status == ReportStatus.Submitted),
            chase.Count(c => c.Status != ReportStatus.Excused),
            overdue.Sum(o => o.Overdue),
            targets.Count(t => t.Below == false),
            targets.Count(t => t.Below is not null));
        var charts = new DashboardModel.ChartData(
            JsonSerializer.Serialize(targets.Where(t => t.IsShare).Select(t => new { label = t.Code, name = t.Name, value = Round(t.Value), goal = t.Goal }), Json),
            JsonSerializer.Serialize(new { labels = byChild.Select(c => c.Name), completeness = byChild.Select(c => Round(c.Completeness)), timeliness = byChild.Select(c => Round(c.Timeliness)) }, Json),
            JsonSerializer.Serialize(trend.Select(p => new { label = p.Year, note = p.AfterReform ? ReformNote : null, completeness = Round(p.Completeness), timeliness = Round(p.Timeliness) }), Json));
        return new DashboardModel(consolidation, tree.Period, numbers, ChildrenHeading(tree, root), byChild, targets, chase, overdue, trend, charts);
    }

    private static List<DashboardModel.TargetLine> Targets(RollupTree tree, RollupResult root) =>
        [.. tree.Targets.Select((info, t) => (Info: info, Figure: root.Targets[t]))
            .Where(x => x.Figure.Expected > 0)
            .Select(x => new DashboardModel.TargetLine(
                x.Info.Code,
                x.Info.Name,
                FigureText.Of(x.Figure, x.Info),
                x.Figure.Value,
                x.Figure.TargetValue,
                TargetKinds.IsJudged(x.Figure.Kind) ? x.Figure.BelowTarget : null,
                TargetKinds.IsShare(x.Figure.Kind),
                x.Figure.Received == 0 ? FigureText.Unanswered(x.Figure) : null))];

    private static DashboardModel.ChildLine Child(Consolidation consolidation, RollupTree tree, RollupResult child)
    {
        var info = tree.Info[child.UnitId];
        var href = info.HasChildren && !info.IsAgency
            ? ConsolidationLinks.Page(tree.Period.Id, info.UnitId, consolidation.ApprovedOnly, consolidation.ViewFor(info.UnitId))
            : info.ReportId is { } id ? ConsolidationLinks.Report(id) : null;
        return new(child.Name, href, child.Expected, child.Received, child.OnTime, child.Completeness, child.Timeliness);
    }

    /// <summary>
    /// The reporters "chưa nộp" as the consolidation counts them (<see cref="RollupResult.NotReceived"/>):
    /// with "Chỉ số liệu đã duyệt" a report sent but not yet approved is among them, as it is not received.
    /// The excused ("miễn nộp") follow, shown as such: not expected, so not chased.
    /// </summary>
    private static List<DashboardModel.ChaseRow> ChaseList(RollupTree tree, RollupResult root) =>
        [.. root.NotReceived().Select(n => tree.Info[n.UnitId])
            .Concat(tree.Info.Values.Where(i => i.Status == ReportStatus.Excused)
                .OrderBy(i => i.Path, StringComparer.Ordinal).ThenBy(i => i.IsAgency).ThenBy(i => i.NodeId))
            .Select(i => new DashboardModel.ChaseRow(
                i.IsAgency ? tree.Info.GetValueOrDefault(i.UnitId)?.Name ?? "" : i.Name,
                ParentName(tree, i),
                i.AgencyName ?? i.Name,
                i.Status ?? ReportStatus.Draft,
                i.LastSavedAt,
                i.ReportId is { } id ? ConsolidationLinks.Report(id) : null,
                Contact(i)))];

    /// <summary>Tasks "in progress and overdue" (or never started past their deadline) in each counted report.</summary>
    private static List<DashboardModel.OverdueRow> OverdueByAgency(RollupTree tree, RollupOptions options)
    {
        var numbers = tree.Tasks.ToDictionary(t => t.Id, t => (t.Number, t.SortOrder));
        var rows = new List<DashboardModel.OverdueRow>();
        foreach (var info in tree.Info.Values.Where(i => i.ReportId is not null))
        {
            if (tree.Nodes[info.NodeId].Report is not { } report || !report.Counts(options))
            {
                continue;
            }

            var late = report.Tasks.Where(t => TaskStatusRule.Derive(t.Value, options.Today) == DerivedTaskStatus.InProgressOverdue)
                .Select(t => numbers[t.Key]).OrderBy(n => n.SortOrder).Select(n => n.Number).ToList();
            if (late.Count > 0)
            {
                var unit = info.IsAgency ? tree.Info.GetValueOrDefault(info.UnitId)?.Name ?? "" : info.Name;
                rows.Add(new(info.AgencyName ?? info.Name, unit, late.Count, late, ConsolidationLinks.Report(info.ReportId!.Value), Contact(info)));
            }
        }

        return [.. rows.OrderByDescending(r => r.Overdue).ThenBy(r => r.Agency, StringComparer.Ordinal)];
    }

    /// <summary>The words that mark the reform on the trend, in the chart and in the table.</summary>
    public const string ReformNote = "Sắp xếp đơn vị hành chính 01/07/2025";

    /// <summary>
    /// One point per year, oldest first; this period's point is the one already computed. A unit of
    /// the old map follows its own plan's years. A unit that exists today follows its history across
    /// the reform: a year without a period of this plan takes the period (of another plan) with the
    /// most reports expected from the units it absorbed, under today's units, so every year is computed
    /// with the same definitions on the same area. Years in between without any period are listed as such.
    /// </summary>
    private async Task<List<DashboardModel.TrendPoint>> TrendAsync(UserScope user, Consolidation consolidation, RollupTree tree, RollupResult root, CancellationToken ct)
    {
        var points = new List<DashboardModel.TrendPoint>();
        var across = consolidation.Scope.UnitIsCurrent || consolidation.View == HistoryView.Current;
        var candidates = consolidation.Scope.Periods.Where(p => across || p.PlanId == tree.Period.PlanId).GroupBy(p => p.Year).OrderBy(g => g.Key);
        foreach (var year in candidates)
        {
            var own = year.Where(p => p.PlanId == tree.Period.PlanId).ToList();
            DashboardModel.TrendPoint? best = null;
            var bestExpected = 0;
            foreach (var period in own.Count > 0 ? own.Take(1) : year)
            {
                var (other, result) = period.Id == tree.Period.Id ? (tree, root) : await ComputeAsync(user, period.Id, root.UnitId, across, consolidation.Options, ct);
                if (other is not null && result is not null && (best is null || result.Expected > bestExpected))
                {
                    var judged = result.Targets.Where(t => TargetKinds.IsJudged(t.Kind) && t.BelowTarget is not null).ToList();
                    best = new(period.Year, period.Name, result.Completeness, result.Timeliness, judged.Count(t => t.BelowTarget == false), judged.Count, period.Plan);
                    bestExpected = result.Expected;
                }
            }

            if (best is not null && (own.Count > 0 || bestExpected > 0))
            {
                points.Add(best);
            }
        }

        return across ? AcrossTheReform(points) : points;
    }

    /// <summary>Fills the years between the first and last point and marks the first year after the reform.</summary>
    private static List<DashboardModel.TrendPoint> AcrossTheReform(List<DashboardModel.TrendPoint> points)
    {
        if (points.Count < 2)
        {
            return points;
        }

        var byYear = points.ToDictionary(p => p.Year);
        var reformYear = AdminUnitImporter.ReformDate.Year;
        var crosses = points[0].Year < reformYear && points[^1].Year >= reformYear;
        var filled = new List<DashboardModel.TrendPoint>();
        for (var year = points[0].Year; year <= points[^1].Year; year++)
        {
            var point = byYear.GetValueOrDefault(year) ?? new DashboardModel.TrendPoint(year, "Không có kỳ báo cáo", null, null, 0, 0);
            filled.Add(crosses && year == reformYear ? point with { AfterReform = true } : point);
        }

        return filled;
    }

    /// <summary>Another period's roll-up of the same unit: under today's units when the trend crosses the reform.</summary>
    private async Task<(RollupTree?, RollupResult?)> ComputeAsync(UserScope user, int periodId, int unitId, bool current, RollupOptions options, CancellationToken ct)
    {
        var tree = current ? (await service.LoadCurrentAsync(user, periodId, unitId, ct))?.Tree : await service.LoadAsync(user, periodId, unitId, ct);
        return (tree, tree?.Compute(options));
    }

    private static string ChildrenHeading(RollupTree tree, RollupResult root)
    {
        var levels = root.Children.Select(c => tree.Info[c.UnitId]).Select(i => i.IsAgency ? (UnitLevel?)null : i.Level).Distinct().ToList();
        return levels switch
        {
            [UnitLevel.District] => "theo huyện",
            [UnitLevel.Commune] => "theo xã",
            _ when levels.Contains(UnitLevel.District) => "theo huyện và cơ quan, đơn vị",
            _ when levels.Contains(UnitLevel.Commune) => "theo xã và cơ quan, đơn vị",
            _ => "theo đơn vị trực thuộc",
        };
    }

    private static string? ParentName(RollupTree tree, RollupNodeInfo info)
    {
        var ids = UnitPath.Ids(info.Path);
        return ids.Count >= 2 ? tree.Info.GetValueOrDefault(ids[^2])?.Name : null;
    }

    /// <summary>"Nguyễn Văn A · 0272 3 123 456 · a@x.vn"; null when nothing is on file.</summary>
    public static string? Contact(RollupNodeInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var parts = new[] { info.ContactName, info.ContactPhone, info.ContactEmail }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null;
}
