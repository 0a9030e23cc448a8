using static LearningSociety.UnitTests.Rollup.ThreeTierTree;

namespace LearningSociety.UnitTests.Rollup;

/// <summary>Province → district → commune; the tree and its figures are drawn in <see cref="ThreeTierTree"/>.</summary>
public class ThreeTierRollupTests
{
    [Fact]
    public void Draft_and_absent_reports_are_missing_at_every_level()
    {
        var root = Compute();

        // Expected: all 7 units. Received: P, D10, C100, C101, C200 = 5. 5/7 = 71.43%.
        Assert.Equal((7, 5, 2), (root.Expected, root.Received, root.Missing));
        Assert.Equal(71.43m, Math.Round(root.Completeness!.Value, 2));
        Assert.Equal(71.43m, Math.Round(root.Timeliness!.Value, 2));

        var d10 = root.Children.Single(c => c.UnitId == 10);
        var d20 = root.Children.Single(c => c.UnitId == 20);
        Assert.Equal((3, 3), (d10.Expected, d10.Received));
        Assert.Equal((3, 1), (d20.Expected, d20.Received));
        Assert.False(d20.OwnReportCounted);
        Assert.Equal(LearningSociety.Domain.Rollup.ReportStatus.Draft, d20.OwnStatus);
    }

    [Fact]
    public void Percentage_sums_numerators_and_denominators_of_own_and_child_reports()
    {
        var t = Compute().Target(Percent);

        // 10+5+1+90+15 = 121 over 20+10+2+100+50 = 182 → 66.48%. The draft's 1000/1000 is left out.
        Assert.Equal((121m, 182m), (t.Numerator, t.Denominator));
        Assert.Equal(66.48m, Math.Round(t.Value!.Value, 2));
        Assert.Equal((7, 5, 2), (t.Expected, t.Received, t.Missing));
        Assert.False(t.BelowTarget);
        // Only commune 200 (15/50 = 30%) is under 40% on its own; district 20 holds it: 15/50 = 30%.
        Assert.Equal(1, t.BelowCount);
        Assert.Equal([20], t.ChildrenBelowTarget);
    }

    [Fact]
    public void Units_reaching_counts_communes_only_over_communes_expected()
    {
        var root = Compute();
        var t = root.Target(Reaching);

        // Communes 100 and 200 reach, 101 does not, 201 is missing: 2/4 = 50%. District 10's own "yes" is ignored.
        Assert.Equal((2m, 4m, 50m), (t.Numerator, t.Denominator, t.Value));
        Assert.Equal((4, 3, 1, 1), (t.Expected, t.Received, t.Missing, t.BelowCount));
        Assert.True(t.BelowTarget);
        Assert.Equal([10, 20], t.ChildrenBelowTarget.Order());

        var d10 = root.Children.Single(c => c.UnitId == 10).Target(Reaching);
        Assert.Equal((1m, 2m), (d10.Numerator, d10.Denominator));
    }

    [Fact]
    public void Count_sums_received_reports_and_never_flags_children()
    {
        var t = Compute().Target(Total);

        // 5 + 2 + 3 + 4 + 10 = 24 < 50.
        Assert.Equal(24m, t.Sum);
        Assert.Equal(24m, t.Value);
        Assert.Equal(2, t.Missing);
        Assert.True(t.BelowTarget);
        Assert.Empty(t.ChildrenBelowTarget);
    }

    [Fact]
    public void Level_is_the_lowest_level_reached()
    {
        var root = Compute();
        var t = root.Target(MinLevel);

        // min(2, 1, 3) = 1 < 2; only commune 101 is under level 2.
        Assert.Equal(1, t.MinLevel);
        Assert.Equal(1m, t.Value);
        Assert.Equal(1, t.BelowCount);
        Assert.True(t.BelowTarget);
        Assert.Equal([10], t.ChildrenBelowTarget);
        Assert.Equal(3, root.Children.Single(c => c.UnitId == 20).Target(MinLevel).MinLevel);
    }

    [Fact]
    public void Yes_no_share_is_among_received_and_one_no_misses_the_target()
    {
        var root = Compute();
        var t = root.Target(YesNo);

        // Yes from 100 and 200, no from 101, 201 missing: 2 of 3 received = 66.67%.
        Assert.Equal((2m, 3m), (t.Numerator, t.Denominator));
        Assert.Equal(66.67m, Math.Round(t.Value!.Value, 2));
        Assert.Equal((4, 1), (t.Expected, t.Missing));
        Assert.True(t.BelowTarget);
        Assert.Equal([10], t.ChildrenBelowTarget);

        var d20 = root.Children.Single(c => c.UnitId == 20).Target(YesNo);
        Assert.Equal(100m, d20.Value);
        Assert.False(d20.BelowTarget);
    }
}
