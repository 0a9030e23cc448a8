using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Rollup;
using LearningSociety.Domain.Units;
using static LearningSociety.UnitTests.Rollup.RollupBuilder;

namespace LearningSociety.UnitTests.Rollup;

public class ApprovedOnlyRollupTests
{
    private static readonly TargetDefinition[] Targets = [Target(1, TargetKind.Count, null)];

    // Approved 1, submitted 10, returned 100, draft 1000: each status is identifiable in the sum.
    private static RollupNode Tree() => Unit(1, UnitLevel.District, Report(ReportStatus.Approved, Count(1, 1)),
        Commune(11, Report(ReportStatus.Submitted, Count(1, 10))),
        Commune(12, Report(ReportStatus.Returned, Count(1, 100))),
        Commune(13, Report(ReportStatus.Draft, Count(1, 1000))));

    [Fact]
    public void By_default_submitted_and_approved_reports_count()
    {
        var root = RollupCalculator.Compute(Tree(), Targets, Options);

        Assert.Equal((4, 2), (root.Expected, root.Received));
        Assert.Equal(11m, root.Target(1).Sum);
        Assert.Equal(2, root.Target(1).Missing);
    }

    [Fact]
    public void Approved_only_leaves_submitted_reports_out_as_missing()
    {
        var root = RollupCalculator.Compute(Tree(), Targets, ApprovedOnly);

        Assert.Equal((4, 1), (root.Expected, root.Received));
        Assert.Equal(1m, root.Target(1).Sum);
        Assert.Equal(3, root.Target(1).Missing);
        Assert.True(root.OwnReportCounted);
        Assert.False(root.Children.Single(c => c.UnitId == 11).OwnReportCounted);
    }

    [Fact]
    public void Returned_and_draft_reports_never_count()
    {
        var options = new RollupOptions { Today = Options.Today };

        Assert.False(Report(ReportStatus.Returned).Counts(options));
        Assert.False(Report(ReportStatus.Draft).Counts(options));
        Assert.False(Report(ReportStatus.Returned).Counts(options with { ApprovedOnly = true }));
        Assert.True(Report(ReportStatus.Approved).Counts(options with { ApprovedOnly = true }));
    }
}
