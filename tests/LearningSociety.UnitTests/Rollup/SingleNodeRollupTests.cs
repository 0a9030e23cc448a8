using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Rollup;
using LearningSociety.Domain.Units;
using static LearningSociety.UnitTests.Rollup.RollupBuilder;

namespace LearningSociety.UnitTests.Rollup;

/// <summary>Depth 1: a unit with no children is its own subtree.</summary>
public class SingleNodeRollupTests
{
    private static readonly TargetDefinition[] Targets =
    [
        Target(1, TargetKind.Percentage, 40),
        Target(2, TargetKind.Level, 2),
    ];

    [Fact]
    public void Own_report_is_the_whole_result()
    {
        var node = Unit(5, UnitLevel.Commune, Report(Ratio(1, 30, 60), Level(2, 2)));

        var result = RollupCalculator.Compute(node, Targets, Options);

        // 30/60 = 50% ≥ 40%; level 2 ≥ 2.
        Assert.Equal((1, 1, 1), (result.Expected, result.Received, result.OnTime));
        Assert.Equal(100m, result.Completeness);
        Assert.Equal(50m, result.Target(1).Value);
        Assert.False(result.Target(1).BelowTarget);
        Assert.Equal(2m, result.Target(2).Value);
        Assert.False(result.Target(2).BelowTarget);
        Assert.Empty(result.Children);
    }

    [Fact]
    public void Missing_report_gives_no_value_rather_than_zero()
    {
        var result = RollupCalculator.Compute(Unit(5, UnitLevel.Commune, null), Targets, Options);

        Assert.Equal((1, 0, 1), (result.Expected, result.Received, result.Missing));
        Assert.Equal(0m, result.Completeness);
        Assert.Null(result.Target(1).Value);
        Assert.Null(result.Target(1).BelowTarget);
        Assert.Null(result.Target(2).MinLevel);
        Assert.Equal(1, result.Target(2).Missing);
    }

    [Fact]
    public void Nothing_expected_leaves_completeness_and_timeliness_undefined()
    {
        var node = Unit(5, UnitLevel.Commune, Report(Ratio(1, 30, 60))) with { ExpectedToReport = false };

        var result = RollupCalculator.Compute(node, Targets, Options);

        // A unit that did not have to report is ignored, its report with it.
        Assert.Equal((0, 0), (result.Expected, result.Received));
        Assert.Null(result.Completeness);
        Assert.Null(result.Timeliness);
        Assert.Null(result.Target(1).Value);
    }
}
