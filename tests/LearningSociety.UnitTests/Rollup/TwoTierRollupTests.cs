using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Rollup;
using LearningSociety.Domain.Units;
using static LearningSociety.UnitTests.Rollup.RollupBuilder;

namespace LearningSociety.UnitTests.Rollup;

/// <summary>Province → commune, the shape after districts are removed; the province only consolidates.</summary>
public class TwoTierRollupTests
{
    private static RollupNode Province(params RollupNode[] communes) =>
        Unit(1, UnitLevel.Province, null, communes) with { ExpectedToReport = false };

    [Fact]
    public void Percentage_is_the_sum_ratio_not_the_mean_of_percentages()
    {
        var province = Province(
            Commune(11, Report(Ratio(1, 1, 2))),
            Commune(12, Report(Ratio(1, 90, 100))));

        var t = RollupCalculator.Compute(province, [Target(1, TargetKind.Percentage, 90)], Options).Target(1);

        // (1 + 90) / (2 + 100) = 91/102 = 89.2%; the mean of 50% and 90% would be 70%.
        Assert.Equal((91m, 102m), (t.Numerator, t.Denominator));
        Assert.Equal(89.2m, Math.Round(t.Value!.Value, 1));
        Assert.True(t.BelowTarget);
        Assert.Equal([11], t.ChildrenBelowTarget);
    }

    [Fact]
    public void Province_not_expected_to_report_is_not_counted_as_missing()
    {
        var province = Province(
            Commune(11, Report(Ratio(1, 1, 2))),
            Commune(12, Report(Ratio(1, 90, 100))),
            Commune(13, null));

        var root = RollupCalculator.Compute(province, [Target(1, TargetKind.Percentage, 40)], Options);

        // 3 communes expected, 2 received; the province itself is not a reporter.
        Assert.Equal((3, 2, 1), (root.Expected, root.Received, root.Missing));
        Assert.Equal(1, root.Target(1).Missing);
        Assert.Equal((91m, 102m), (root.Target(1).Numerator, root.Target(1).Denominator));
    }

    [Fact]
    public void Units_reaching_with_one_missing_commune_shows_it_as_missing_and_not_reaching()
    {
        var province = Province(
            Commune(11, Report(Reached(1, true))),
            Commune(12, Report(Reached(1, true))),
            Commune(13, Report(Reached(1, true))),
            Commune(14, null));

        var root = RollupCalculator.Compute(province, [Target(1, TargetKind.UnitsReaching, 100)], Options);
        var t = root.Target(1);

        // 3 reach out of 4 expected = 75%; none reported "not reaching", one is missing.
        Assert.Equal(75m, t.Value);
        Assert.Equal((1, 0), (t.Missing, t.BelowCount));
        Assert.True(t.BelowTarget);
        // Commune 14 is shown as missing, not as below target: nothing of it was received.
        Assert.Empty(t.ChildrenBelowTarget);
        var missing = root.Children.Single(c => c.UnitId == 14).Target(1);
        Assert.Equal((1, null), (missing.Missing, missing.BelowTarget));
    }

    [Fact]
    public void A_report_without_the_figure_counts_as_missing_for_that_target_only()
    {
        var province = Province(
            Commune(11, Report(Ratio(1, 3, 4), Count(2, 7))),
            Commune(12, Report(Count(2, 5))),
            Commune(13, Report(Ratio(1, 3, 4), (2, new TargetFigure { Numerator = 1 }))));

        var root = RollupCalculator.Compute(
            province, [Target(1, TargetKind.Percentage, null), Target(2, TargetKind.Count, null)], Options);

        // All three reports arrived; 12 left out the percentage, 13 sent no count.
        Assert.Equal(3, root.Received);
        Assert.Equal((2, 1, 6m, 8m), (root.Target(1).Received, root.Target(1).Missing, root.Target(1).Numerator, root.Target(1).Denominator));
        Assert.Equal((2, 1, 12m), (root.Target(2).Received, root.Target(2).Missing, root.Target(2).Sum));
        // No target value for the year: nothing to be below.
        Assert.Null(root.Target(1).BelowTarget);
    }
}
