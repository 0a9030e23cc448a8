using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Rollup;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Rollup;
using LearningSociety.Web.Features.Consolidated;

namespace LearningSociety.IntegrationTests;

/// <summary>How a rolled-up target reads on screen (pure formatting, no database).</summary>
public sealed class TargetFiguresReadAsPlansWriteThemTests
{
    private static readonly RollupOptions Options = new() { Today = new DateOnly(2024, 12, 20) };

    private static (AggregatedTarget Total, AggregatedTarget First, RollupTarget Info) Roll(TargetKind kind, decimal? goal, params TargetFigure?[] communes)
    {
        var definition = new TargetDefinition { TargetId = 1, Kind = kind, TargetValue = goal, ReportedByLevel = UnitLevel.Commune };
        var children = communes.Select((f, i) => new RollupNode
        {
            UnitId = i + 10, Name = "Xã " + i, Level = UnitLevel.Commune, ExpectedToReport = true,
            Report = f is null ? null : new ReportFigures
            {
                Status = ReportStatus.Approved, Deadline = new DateOnly(2024, 12, 10), SubmittedAt = new DateTimeOffset(2024, 12, 1, 8, 0, 0, TimeSpan.Zero),
                Targets = new Dictionary<int, TargetFigure> { [1] = f },
            },
        }).ToList();
        var root = RollupCalculator.Compute(new RollupNode { UnitId = 1, Name = "Huyện", Level = UnitLevel.District, ExpectedToReport = false, Children = children }, [definition], Options);
        return (root.Targets[0], root.Children[0].Targets[0], new RollupTarget(definition, "T1", "Chỉ tiêu", "lớp"));
    }

    [Fact]
    public void A_percentage_reads_numerator_over_denominator_with_the_share_and_the_target()
    {
        var (total, _, info) = Roll(TargetKind.Percentage, 40, TargetFigure.Ratio(412, 1030));
        Assert.Equal("412/1.030 (40,0%) — chỉ tiêu 40%", FigureText.Of(total, info));
    }

    [Fact]
    public void A_share_just_under_its_target_is_never_rounded_up_to_it()
    {
        var (total, _, info) = Roll(TargetKind.Percentage, 40, TargetFigure.Ratio(7049, 17634));
        Assert.Equal("7.049/17.634 (39,97%) — chỉ tiêu 40%", FigureText.Of(total, info));
        Assert.True(total.BelowTarget);
    }

    [Fact]
    public void Missing_reports_read_not_reported_never_zero()
    {
        var (total, first, info) = Roll(TargetKind.Percentage, 40, null, TargetFigure.Ratio(5, 10));
        Assert.Equal(FigureText.NotReported, FigureText.Of(first, info, single: true));
        Assert.Equal("5/10 (50,0%) — chỉ tiêu 40% · 1 chưa báo cáo", FigureText.Of(total, info));
    }

    [Fact]
    public void Units_reaching_count_and_level_read_in_their_own_words()
    {
        var reaching = Roll(TargetKind.UnitsReaching, 100, TargetFigure.Yes(true), TargetFigure.Yes(false));
        Assert.Equal("1/2 đơn vị đạt (50,0%) — chỉ tiêu 100%", FigureText.Of(reaching.Total, reaching.Info));
        Assert.Equal("Đạt — chỉ tiêu 100%", FigureText.Of(reaching.First, reaching.Info, single: true));

        var count = Roll(TargetKind.Count, 50, TargetFigure.Total(1200), TargetFigure.Total(34));
        Assert.Equal("1.234 lớp — chỉ tiêu 50 lớp", FigureText.Of(count.Total, count.Info));

        var level = Roll(TargetKind.Level, 2, TargetFigure.AtLevel(3), TargetFigure.AtLevel(1));
        Assert.Equal("Mức độ 1 (thấp nhất) — chỉ tiêu mức độ 2", FigureText.Of(level.Total, level.Info));
    }
}
