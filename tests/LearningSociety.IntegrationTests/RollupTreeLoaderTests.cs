using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Rollup;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Rollup;
using LearningSociety.IntegrationTests.Infrastructure;
using ReportStatus = LearningSociety.Domain.Reporting.ReportStatus;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// The tree the roll-up runs on, read from a real SQLite database: three tiers (province P →
/// district D → communes), two tiers (province Q → communes), a unit with no children, the
/// consolidating agency's report as a unit's own, other agencies as their own nodes.
/// <code>
/// P  Sở P (reviews Phòng D) draft             Q  Sở Q (reviews Q1, Q2) approved
///  D  Phòng D (reviews C1, C2, MTTQ) submitted  Q1 UBND Q1 approved, 30/100
///   MTTQ D submitted                            Q2 UBND Q2 returned
///   C1 UBND C1 approved, 40/100
///   C2 UBND C2 draft
///   C3 nothing to report (left out)
/// </code>
/// </summary>
public sealed class RollupTreeLoaderTests : IAsyncLifetime
{
    private AppDbContext _db = null!;
    private readonly Dictionary<string, int> _ids = [];
    private int _period;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var p = await UnitAsync("P", UnitLevel.Province, null);
        var d = await UnitAsync("D", UnitLevel.District, p);
        var q = await UnitAsync("Q", UnitLevel.Province, null);
        var units = new[] { p, d, q, await UnitAsync("C1", UnitLevel.Commune, d), await UnitAsync("C2", UnitLevel.Commune, d),
            await UnitAsync("C3", UnitLevel.Commune, d), await UnitAsync("Q1", UnitLevel.Commune, q), await UnitAsync("Q2", UnitLevel.Commune, q) };
        var agencies = new Dictionary<string, Agency>
        {
            ["Sở P"] = Agency("Sở P", AgencyKind.Department, p), ["Phòng D"] = Agency("Phòng D", AgencyKind.Department, d),
            ["MTTQ D"] = Agency("MTTQ D", AgencyKind.MassOrganization, d), ["Sở Q"] = Agency("Sở Q", AgencyKind.Department, q),
            ["UBND P"] = Agency("UBND P", AgencyKind.PeoplesCommittee, p), ["UBND Q"] = Agency("UBND Q", AgencyKind.PeoplesCommittee, q),
        };
        foreach (var commune in units.Where(u => u.Level == UnitLevel.Commune))
        {
            agencies["UBND " + commune.Code] = Agency("UBND " + commune.Code, AgencyKind.PeoplesCommittee, commune);
        }

        _db.Agencies.AddRange(agencies.Values);
        var plan = new Plan { Symbol = "KH-TEST", Title = "Kế hoạch thử", Issuer = agencies["UBND P"], UnitId = p.Id, Level = UnitLevel.Province, PeriodStartYear = 2024, PeriodEndYear = 2024 };
        var target = new Target { Code = "T1", Name = "Tỷ lệ", Kind = TargetKind.Percentage, ReportedByLevel = UnitLevel.Commune };
        target.Values.Add(new TargetValue { Year = 2024, Value = 35 });
        plan.Targets.Add(target);
        var period = new ReportingPeriod { Plan = plan, Name = "Năm 2024", Year = 2024, Deadline = new DateOnly(2024, 12, 10), CutoffEnd = new DateOnly(2024, 12, 14) };
        _db.ReportingPeriods.Add(period);
        await _db.SaveChangesAsync();
        _period = period.Id;

        void Report(string agency, string reviewer, ReportStatus status, decimal? numerator = null)
        {
            var a = agencies[agency];
            var report = new Report { PeriodId = period.Id, AgencyId = a.Id, UnitId = a.UnitId, ReviewerAgencyId = agencies[reviewer].Id, Status = status };
            if (status is ReportStatus.Submitted or ReportStatus.Approved)
            {
                report.SubmittedAt = new DateTimeOffset(2024, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
            }

            if (numerator is { } n)
            {
                report.Targets.Add(new ReportTargetValue { TargetId = target.Id, Numerator = n, Denominator = 100 });
            }

            _db.Reports.Add(report);
        }

        Report("Sở P", "UBND P", ReportStatus.Draft);
        Report("Phòng D", "Sở P", ReportStatus.Submitted);
        Report("MTTQ D", "Phòng D", ReportStatus.Submitted);
        Report("UBND C1", "Phòng D", ReportStatus.Approved, 40);
        Report("UBND C2", "Phòng D", ReportStatus.Draft);
        Report("Sở Q", "UBND Q", ReportStatus.Approved);
        Report("UBND Q1", "Sở Q", ReportStatus.Approved, 30);
        Report("UBND Q2", "Sở Q", ReportStatus.Returned, 99);
        await _db.SaveChangesAsync();
        foreach (var a in agencies.Values)
        {
            _ids[a.Name] = a.Id;
        }

        foreach (var u in units)
        {
            _ids[u.Code] = u.Id;
        }
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<AdministrativeUnit> UnitAsync(string code, UnitLevel level, AdministrativeUnit? parent)
    {
        var unit = new AdministrativeUnit { Code = code, Name = "Đơn vị " + code, UnitType = "Xã", Level = level, Parent = parent };
        _db.Units.Add(unit);
        await _db.SaveChangesAsync();
        unit.Path = UnitPath.Child(parent?.Path ?? UnitPath.Root, unit.Id);
        await _db.SaveChangesAsync();
        return unit;
    }

    private static Agency Agency(string name, AgencyKind kind, AdministrativeUnit unit) =>
        new() { Key = "test:" + name, Name = name, Kind = kind, Unit = unit };

    private Task<RollupTree?> LoadAsync(int? root) => new RollupTreeLoader(_db).LoadAsync(_period, root, _db.Reports);

    private static readonly RollupOptions Options = new() { Today = new DateOnly(2024, 12, 20) };

    [Fact]
    public async Task Three_tiers_the_consolidator_reports_for_its_unit_and_other_agencies_are_nodes_of_their_own()
    {
        var tree = (await LoadAsync(_ids["P"]))!;
        var result = tree.Compute(Options);

        Assert.Equal(_ids["P"], tree.Root.UnitId);
        Assert.Equal(_ids["Sở P"], tree.Info[_ids["P"]].AgencyId); // Sở P reviews Phòng D
        var district = Assert.Single(tree.Root.Children);
        Assert.Equal(_ids["Phòng D"], tree.Info[district.UnitId].AgencyId); // Phòng D reviews the communes
        Assert.Equal(UnitLevel.District, district.Level);
        Assert.Equal([_ids["C1"], _ids["C2"], -_ids["MTTQ D"]], district.Children.Select(c => c.UnitId)); // C3 had nothing to report
        Assert.Null(tree.Nodes[-_ids["MTTQ D"]].Level);
        Assert.True(tree.Info[-_ids["MTTQ D"]].IsAgency);

        Assert.Equal(5, result.Expected);
        Assert.Equal(3, result.Received); // Phòng D, MTTQ D, C1
        var t1 = result.Targets.Single();
        Assert.Equal((40m, 100m, 2), (t1.Numerator, t1.Denominator, t1.Expected)); // communes only; C2 missing, not zero
        Assert.Equal(1, t1.Missing);
    }

    [Fact]
    public async Task Two_tiers_and_a_unit_without_children_load_the_same_way()
    {
        var q = (await LoadAsync(_ids["Q"]))!.Compute(Options);
        Assert.Equal([_ids["Q1"], _ids["Q2"]], q.Children.Select(c => c.UnitId));
        Assert.Equal((3, 2), (q.Expected, q.Received)); // Sở Q and Q1; Q2 was returned
        Assert.Equal(30m, q.Targets.Single().Numerator);

        var commune = (await LoadAsync(_ids["C1"]))!;
        Assert.Empty(commune.Root.Children);
        Assert.Equal(_ids["UBND C1"], commune.Info[_ids["C1"]].AgencyId); // a commune's People's Committee
        Assert.Equal((1, 1, 1), (commune.Compute(Options).Expected, commune.Compute(Options).Received, commune.Compute(Options).OnTime));

        var empty = (await LoadAsync(_ids["C3"]))!.Compute(Options);
        Assert.Equal((0, 0), (empty.Expected, empty.Received));
    }

    [Fact]
    public async Task Without_a_root_every_province_hangs_under_one_national_node()
    {
        var tree = (await LoadAsync(null))!;
        var result = tree.Compute(Options);

        Assert.Equal(RollupTree.NationalRootId, tree.Root.UnitId);
        Assert.Equal([_ids["P"], _ids["Q"]], tree.Root.Children.Select(c => c.UnitId));
        Assert.Equal((8, 5), (result.Expected, result.Received));
        Assert.Equal((70m, 200m), (result.Targets.Single().Numerator, result.Targets.Single().Denominator));
        Assert.True(result.Targets.Single().BelowTarget is false); // 35% against 35%
    }

    [Fact]
    public async Task Only_the_reports_passed_in_are_read()
    {
        var visible = _db.Reports.Where(r => r.AgencyId != _ids["UBND C1"]);
        var tree = (await new RollupTreeLoader(_db).LoadAsync(_period, _ids["D"], visible))!;
        var result = tree.Compute(Options);

        Assert.DoesNotContain(_ids["C1"], tree.Nodes.Keys);
        Assert.Equal(0, result.Targets.Single().Received);
        Assert.Null(await new RollupTreeLoader(_db).LoadAsync(_period, 999_999, _db.Reports));
        Assert.Null(await new RollupTreeLoader(_db).LoadAsync(999_999, null, _db.Reports));
    }
}
