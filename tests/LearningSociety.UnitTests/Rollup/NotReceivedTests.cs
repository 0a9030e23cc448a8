using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Rollup;
using LearningSociety.Domain.Units;
using static LearningSociety.UnitTests.Rollup.RollupBuilder;

namespace LearningSociety.UnitTests.Rollup;

/// <summary>"Chưa nộp" is one list, and its length is always the figures' expected minus received.</summary>
public class NotReceivedTests
{
    private static readonly TargetDefinition[] Targets = [Target(1, TargetKind.Count, null)];

    private static RollupNode Tree() => Unit(1, UnitLevel.Province, Report(ReportStatus.Draft),
        Unit(10, UnitLevel.District, Report(ReportStatus.Approved),
            Commune(11, Report(ReportStatus.Submitted)),
            Commune(12, Report(ReportStatus.Returned)),
            Commune(13, null) with { ExpectedToReport = false }),
        Unit(20, UnitLevel.District, Report(ReportStatus.Submitted),
            Commune(21, Report(ReportStatus.Approved)),
            Commune(22, Report(ReportStatus.Draft))));

    [Theory]
    [InlineData(false, new[] { 1, 12, 22 })]
    [InlineData(true, new[] { 1, 11, 12, 20, 22 })]
    public void The_list_is_the_expected_reporters_not_received_in_tree_order_and_as_long_as_the_missing_count(bool approvedOnly, int[] ids)
    {
        var root = RollupCalculator.Compute(Tree(), Targets, approvedOnly ? ApprovedOnly : Options);

        Assert.Equal(ids, root.NotReceived().Select(n => n.UnitId));
        Assert.Equal(root.Expected - root.Received, root.NotReceived().Count);
        Assert.All(root.Children, c => Assert.Equal(c.Missing, c.NotReceived().Count));
    }
}
