using System.Diagnostics;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Rollup;
using LearningSociety.Domain.Units;
using Xunit.Abstractions;
using static LearningSociety.UnitTests.Rollup.RollupBuilder;

namespace LearningSociety.UnitTests.Rollup;

/// <summary>
/// The national tree (63 provinces, 696 districts, 10,047 communes) with 12 commune targets.
/// The roll-up is checked against a flat loop over the communes, which knows nothing of the tree.
/// </summary>
public class NationalTreeRollupTests(ITestOutputHelper output)
{
    private const int Provinces = 63;
    private const int Districts = 696;
    private const int Communes = 10_047;

    private static readonly TargetKind[] Kinds =
        [TargetKind.Percentage, TargetKind.UnitsReaching, TargetKind.Count, TargetKind.YesNo, TargetKind.Level];

    private static readonly TargetDefinition[] Targets = Enumerable.Range(1, 12)
        .Select(id => Target(id, Kinds[(id - 1) % Kinds.Length], 2, UnitLevel.Commune))
        .ToArray();

    [Fact]
    public void Totals_match_a_flat_sum_over_every_commune()
    {
        var tree = Build();
        var clock = Stopwatch.StartNew();
        var root = RollupCalculator.Compute(tree, Targets, Options);
        output.WriteLine($"Compute over {Provinces + Districts + Communes + 1} nodes × {Targets.Length} targets: {clock.Elapsed.TotalMilliseconds:F1} ms (cold)");

        var received = Enumerable.Range(0, Communes).Where(k => !IsMissing(k)).ToArray();
        Assert.Equal(1005, Communes - received.Length);

        Assert.Equal(Provinces, root.Children.Count);
        Assert.Equal(Districts, root.Children.Sum(p => p.Children.Count));
        Assert.Equal(Provinces + Districts + Communes, root.Expected);
        Assert.Equal(Provinces + Districts + received.Length, root.Received);

        foreach (var t in root.Targets)
        {
            Assert.Equal((Communes, received.Length), (t.Expected, t.Received));
        }

        var percentage = root.Target(1);
        Assert.Equal((received.Sum(k => (decimal)(k % 3)), 2m * received.Length), (percentage.Numerator, percentage.Denominator));
        Assert.Equal(received.Count(k => k % 2 == 0), (int)root.Target(2).Numerator);
        Assert.Equal(received.Sum(k => (decimal)(1 + (k % 5))), root.Target(3).Sum);
        Assert.Equal(received.Count(k => k % 4 == 0), (int)root.Target(4).Numerator);
        Assert.Equal(1, root.Target(5).MinLevel);
        Assert.Equal(received.Count(k => k % 3 == 0), root.Target(5).BelowCount);

        clock.Restart();
        RollupCalculator.Compute(tree, Targets, Options);
        output.WriteLine($"Second run: {clock.Elapsed.TotalMilliseconds:F1} ms");
    }

    [Fact]
    public void A_chain_far_deeper_than_any_real_tree_does_not_overflow_the_stack()
    {
        var node = Commune(0, Report(Count(3, 1)));
        for (var id = 1; id < 100_000; id++)
        {
            node = Unit(id, UnitLevel.Commune, Report(Count(3, 1)), node);
        }

        var root = RollupCalculator.Compute(node, [Targets[2]], Options);

        Assert.Equal(100_000m, root.Target(3).Sum);
        Assert.Equal(100_000, root.Received);
    }

    [Fact]
    public void A_unit_listed_twice_is_rejected_rather_than_counted_twice()
    {
        var commune = Commune(11, Report());
        var tree = Unit(1, UnitLevel.Province, null, commune, commune);

        Assert.Throws<ArgumentException>(() => RollupCalculator.Compute(tree, Targets, Options));
    }

    private static bool IsMissing(int k) => k % 10 == 0;

    private static ReportFigures CommuneReport(int k) => Report(
    [
        .. Targets.Select(t => (t.TargetId, t.Kind switch
        {
            TargetKind.Percentage => TargetFigure.Ratio(k % 3, 2),
            TargetKind.UnitsReaching => TargetFigure.Yes(k % 2 == 0),
            TargetKind.Count => TargetFigure.Total(1 + (k % 5)),
            TargetKind.YesNo => TargetFigure.Yes(k % 4 == 0),
            _ => TargetFigure.AtLevel(1 + (k % 3)),
        })),
    ]);

    private static RollupNode Build()
    {
        var commune = 0;
        var district = 0;
        var provinces = new RollupNode[Provinces];
        for (var p = 0; p < Provinces; p++)
        {
            // 696 = 63 × 11 + 3 and 10,047 = 696 × 14 + 303: the first few get one more.
            var districts = new RollupNode[(Districts / Provinces) + (p < Districts % Provinces ? 1 : 0)];
            for (var d = 0; d < districts.Length; d++, district++)
            {
                var communes = new RollupNode[(Communes / Districts) + (district < Communes % Districts ? 1 : 0)];
                for (var c = 0; c < communes.Length; c++, commune++)
                {
                    communes[c] = Commune(3_000_000 + commune, IsMissing(commune) ? null : CommuneReport(commune));
                }

                districts[d] = Unit(2_000_000 + district, UnitLevel.District, Report(), communes);
            }

            provinces[p] = Unit(1_000_000 + p, UnitLevel.Province, Report(), districts);
        }

        Assert.Equal((Districts, Communes), (district, commune));
        return Unit(0, null, null, provinces) with { ExpectedToReport = false };
    }
}
