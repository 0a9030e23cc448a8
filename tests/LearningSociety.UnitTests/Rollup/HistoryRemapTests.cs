using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Rollup;
using LearningSociety.Domain.Units;
using static LearningSociety.UnitTests.Rollup.RollupBuilder;

namespace LearningSociety.UnitTests.Rollup;

/// <summary>
/// Two old provinces merged into one; an old district whose communes merged in full (101+102 → N1),
/// one split (103 → N1 and N2), its seat taken whole (104 → N2); a chain (201 → 250 → N3); a commune
/// that did not change (300); the district's own report and an agency that reported at it.
/// </summary>
public class HistoryRemapTests
{
    private const int NewProvince = 99, N1 = 91, N2 = 92, N3 = 93, Unchanged = 300;

    private static readonly TargetDefinition[] Targets =
    [
        Target(1, TargetKind.Percentage, 40, UnitLevel.Commune),
        Target(2, TargetKind.Count, null),
    ];

    private static readonly SuccessionLink[] Links =
    [
        new(1, NewProvince, true), new(2, NewProvince, true),
        new(101, N1, true), new(102, N1, true), new(103, N1, false), new(103, N2, false), new(104, N2, true),
        new(201, 250, true), new(250, N3, true),
    ];

    private static readonly CurrentUnit[] Current =
    [
        new(NewProvince, null, "Tỉnh Mới", UnitLevel.Province),
        new(N1, NewProvince, "Xã Một", UnitLevel.Commune),
        new(N2, NewProvince, "Xã Hai", UnitLevel.Commune),
        new(N3, NewProvince, "Xã Ba", UnitLevel.Commune),
        new(Unchanged, NewProvince, "Xã Giữ Nguyên", UnitLevel.Commune),
    ];

    private static RollupNode OldWorld() => new()
    {
        UnitId = 0, Name = "Toàn quốc", ExpectedToReport = false,
        Children =
        [
            Unit(1, UnitLevel.Province, null,
                Unit(10, UnitLevel.District, Report(Count(2, 7)),
                    new RollupNode { UnitId = -500, Name = "MTTQ huyện", ExpectedToReport = true, Report = Report(Count(2, 3)) },
                    Commune(101, Report(Ratio(1, 10, 100), Count(2, 1))),
                    Commune(102, Report(Ratio(1, 30, 50), Count(2, 2))),
                    Commune(103, Report(Ratio(1, 5, 20), Count(2, 4))),
                    Commune(104, Report(ReportStatus.Draft, Ratio(1, 99, 99))))) with { ExpectedToReport = false },
            Unit(2, UnitLevel.Province, null,
                Commune(201, Report(Ratio(1, 8, 10), Count(2, 16))),
                Commune(Unchanged, Report(Ratio(1, 1, 4), Count(2, 32)))) with { ExpectedToReport = false },
        ],
    };

    private static SuccessionGraph Graph() =>
        SuccessionGraph.Create(Links, Current.Select(u => u.Id).ToHashSet(), new Dictionary<int, string>()).Graph!;

    private static (RemappedHistory Map, RollupResult Old, RollupResult New) Compute()
    {
        var map = HistoryRemap.Map(OldWorld(), Graph(), Current);
        return (map, RollupCalculator.Compute(OldWorld(), Targets, Options), RollupCalculator.Compute(map.Root, Targets, Options));
    }

    private static RollupResult Find(RollupResult result, int unitId) =>
        result.UnitId == unitId ? result : result.Children.Select(c => Find(c, unitId)).FirstOrDefault(r => r is not null)!;

    [Fact]
    public void A_commune_merged_in_full_sums_its_old_communes_and_counts_their_expected_reports()
    {
        var (_, _, all) = Compute();
        var n1 = Find(all, N1);

        Assert.Equal((2, 2, 2), (n1.Expected, n1.Received, n1.OnTime));
        Assert.Equal((40m, 150m), (n1.Target(1).Numerator, n1.Target(1).Denominator));
        Assert.Equal(3m, n1.Target(2).Sum);
        Assert.Equal(100m, n1.Completeness);
    }

    [Fact]
    public void A_split_commune_is_kept_apart_and_counted_only_where_all_its_successors_are()
    {
        var (map, _, all) = Compute();

        var shared = Assert.Single(map.Shared);
        Assert.Equal((103, NewProvince), (shared.UnitId, shared.CountedIn));
        Assert.Equal([N1, N2], shared.Successors);
        var row = Find(all, NewProvince).Children.Single(c => c.UnitId == 103);
        Assert.Contains("chia cho nhiều đơn vị: Xã Một, Xã Hai", row.Name, StringComparison.Ordinal);
        Assert.DoesNotContain(Find(all, N1).Children, c => c.UnitId == 103);
        Assert.DoesNotContain(Find(all, N2).Children, c => c.UnitId == 103);
    }

    [Fact]
    public void A_seat_taken_whole_brings_its_report_even_when_it_is_missing()
    {
        var (_, _, all) = Compute();
        var n2 = Find(all, N2);

        Assert.Equal((1, 0), (n2.Expected, n2.Received));
        Assert.Equal(0m, n2.Completeness);
        Assert.Null(n2.Target(1).Value);
        Assert.Equal(1, n2.Target(1).Missing);
    }

    [Fact]
    public void A_chain_of_successions_ends_at_todays_unit_and_an_unchanged_unit_keeps_its_report()
    {
        var (map, _, all) = Compute();

        var chain = Graph().Resolve(201)!;
        Assert.Equal([N3], chain.Units);
        Assert.True(chain.Whole);
        Assert.Equal((8m, 10m), (Find(all, N3).Target(1).Numerator, Find(all, N3).Target(1).Denominator));
        var unchanged = map.Nodes[Unchanged];
        Assert.True(unchanged.ExpectedToReport);
        Assert.Equal(32m, Find(all, Unchanged).Target(2).Sum);
        Assert.Contains(Unchanged, map.CurrentNodes);
    }

    [Fact]
    public void A_district_without_successor_goes_with_its_bodies_to_the_province_that_absorbed_it()
    {
        var (map, _, all) = Compute();
        var district = Find(all, NewProvince).Children.Single(c => c.UnitId == 10);

        Assert.Equal((2, 2), (district.Expected, district.Received));
        Assert.Equal(10m, district.Target(2).Sum);
        Assert.DoesNotContain(10, map.CurrentNodes);
    }

    [Fact]
    public void The_province_total_is_the_old_provinces_totals_summed()
    {
        var (_, old, all) = Compute();
        var province = Find(all, NewProvince);

        Assert.Equal((old.Expected, old.Received, old.OnTime), (province.Expected, province.Received, province.OnTime));
        Assert.Equal((8, 7), (province.Expected, province.Received));
        Assert.Equal(old.Completeness, province.Completeness);
        for (var t = 0; t < Targets.Length; t++)
        {
            Assert.Equal((old.Targets[t].Numerator, old.Targets[t].Denominator, old.Targets[t].Sum, old.Targets[t].Expected, old.Targets[t].Received),
                (province.Targets[t].Numerator, province.Targets[t].Denominator, province.Targets[t].Sum, province.Targets[t].Expected, province.Targets[t].Received));
        }

        Assert.Equal((54m, 184m), (province.Target(1).Numerator, province.Target(1).Denominator));
        Assert.Equal(65m, province.Target(2).Sum);
    }

    [Fact]
    public void A_cycle_is_refused_naming_the_units_on_it()
    {
        var names = new Dictionary<int, string> { [5] = "Xã A", [6] = "Xã B", [7] = "Xã C" };
        var result = SuccessionGraph.Create([new(5, 6, true), new(6, 7, true), new(7, 5, true)], new HashSet<int>(), names);

        Assert.Null(result.Graph);
        Assert.Equal("Dữ liệu sắp xếp đơn vị có vòng lặp: Xã A → Xã B → Xã C → Xã A. Một đơn vị không thể là đơn vị kế thừa của chính nó.", result.Error);
    }

    [Fact]
    public void A_unit_merged_in_full_twice_is_refused()
    {
        var names = new Dictionary<int, string> { [5] = "Xã A", [6] = "Xã B", [7] = "Xã C" };
        var twice = SuccessionGraph.Create([new(5, 6, true), new(5, 7, true)], new HashSet<int> { 6, 7 }, names);
        var mixed = SuccessionGraph.Create([new(5, 6, true), new(5, 7, false)], new HashSet<int> { 6, 7 }, names);

        Assert.Equal("Xã A được ghi là nhập toàn bộ vào 2 đơn vị (Xã B, Xã C); một đơn vị chỉ nhập toàn bộ được vào một đơn vị.", twice.Error);
        Assert.Equal("Xã A vừa được ghi là nhập toàn bộ vào Xã B, vừa được ghi là chia một phần cho Xã C.", mixed.Error);
        Assert.Null(twice.Graph);
    }

    [Fact]
    public void The_same_link_listed_twice_is_one_link()
    {
        var result = SuccessionGraph.Create([new(5, 6, true), new(5, 6, true)], new HashSet<int> { 6 }, new Dictionary<int, string>());

        var target = result.Graph!.Resolve(5)!;
        Assert.Equal([6], target.Units);
        Assert.True(target.Whole);
    }
}
