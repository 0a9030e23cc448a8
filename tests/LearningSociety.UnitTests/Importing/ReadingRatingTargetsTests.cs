using LearningSociety.Domain.Importing;
using LearningSociety.Domain.Plans;

namespace LearningSociety.UnitTests.Importing;

/// <summary>"97/204 cộng đồng học tập xếp loại tốt", as real reports write it, reads as a rating target.</summary>
public class ReadingRatingTargetsTests
{
    private static DraftTarget Only(string clause)
    {
        var text = SamplePlan.Text.Replace(
            "- 100% xã, phường, thị trấn đạt chuẩn xóa mù chữ mức độ 2.", "- " + clause, StringComparison.Ordinal);
        Assert.NotEqual(SamplePlan.Text, text);
        return Assert.Single(new PlanTextImporter(SamplePlan.Directory).Import(text).Draft.Targets, t => t.Kind == TargetKind.RatingDistribution);
    }

    [Fact]
    public void A_count_over_a_total_rated_good_is_a_share_of_the_top_level()
    {
        var target = Only("97/204 cộng đồng học tập xếp loại tốt.");
        Assert.Equal((47.55m, "cộng đồng học tập"), (target.Value, target.UnitOfMeasure));
        Assert.Equal(RatingScale.Default with { GoalLevels = 1 }, RatingScale.Parse(target.Rating), new ScaleComparer());
    }

    [Fact]
    public void A_share_from_a_level_up_counts_that_level_and_the_ones_above()
    {
        var target = Only("80% cộng đồng học tập xếp loại từ khá trở lên.");
        Assert.Equal(80m, target.Value);
        Assert.Equal("từ Khá trở lên", RatingScale.Parse(target.Rating)!.GoalPhrase);
    }

    [Theory]
    [InlineData(new[] { "Tốt" }, 1, "Cần từ 2 đến 6 mức xếp loại (đã có 1).")]
    [InlineData(new[] { "A", "B", "C", "D", "E", "F", "G" }, 1, "Cần từ 2 đến 6 mức xếp loại (đã có 7).")]
    [InlineData(new[] { "Tốt", "Khá" }, 2, "Chỉ tiêu tính từ một mức trên mức thấp nhất (ví dụ “Tốt” hoặc “từ Khá trở lên”).")]
    [InlineData(new[] { "Tốt", "tốt" }, 1, "Các mức xếp loại phải khác nhau.")]
    public void A_scale_has_two_to_six_distinct_levels_and_a_goal_above_the_lowest(string[] levels, int goal, string problem) =>
        Assert.Equal(problem, RatingScale.Problem(levels, goal));

    [Fact]
    public void Levels_of_more_than_fifty_characters_are_refused_and_a_stored_scale_reads_back()
    {
        Assert.StartsWith("Tên mức", RatingScale.Problem([new string('x', 51), "Khá"], 1), StringComparison.Ordinal);
        var scale = new RatingScale(["Xuất sắc", "Tốt", "Đạt", "Chưa đạt"], 2);
        Assert.Equal(scale.Levels, RatingScale.Parse(scale.Store())!.Levels);
        Assert.Equal(new[] { 40m, 0m, 7m }, RatingScale.Counts(RatingScale.StoreCounts([40m, 0m, 7m])));
    }

    private sealed class ScaleComparer : IEqualityComparer<RatingScale?>
    {
        public bool Equals(RatingScale? x, RatingScale? y) => x is not null && y is not null && x.GoalLevels == y.GoalLevels && x.Levels.SequenceEqual(y.Levels);

        public int GetHashCode(RatingScale? obj) => obj?.GoalLevels ?? 0;
    }
}
