using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;

namespace LearningSociety.UnitTests.Reporting;

public sealed class ReportValidationTests
{
    [Theory]
    [InlineData(412, 1030, 0)]
    [InlineData(1200, 1030, 1)]
    [InlineData(5, 0, 1)]
    [InlineData(-1, 10, 1)]
    [InlineData(null, 10, 1)]
    [InlineData(null, null, 0)]
    public void Percentage_figures(int? numerator, int? denominator, int problems) =>
        Assert.Equal(problems, ReportValidation.Target("f", TargetKind.Percentage, new ReportTargetValue { Numerator = numerator, Denominator = denominator }).Count());

    [Theory]
    [InlineData(140, TaskProgress.InProgress, 1)]
    [InlineData(-5, TaskProgress.InProgress, 1)]
    [InlineData(60, TaskProgress.Completed, 1)]
    [InlineData(100, TaskProgress.Completed, 0)]
    [InlineData(null, TaskProgress.NotStarted, 0)]
    public void Task_progress(int? percent, TaskProgress progress, int problems) =>
        Assert.Equal(problems, ReportValidation.Task("f", new ReportTaskEntry { Percent = percent, Progress = progress }).Count());

    [Fact]
    public void Required_narratives_only_at_submission()
    {
        var narratives = new[]
        {
            ("a", new ReportNarrative { Number = "I", Title = "Kết quả đạt được", Required = true, Text = " " }),
            ("b", new ReportNarrative { Number = "II", Title = "Hạn chế", Required = false }),
        };
        var problem = Assert.Single(ReportValidation.ForSubmission(narratives));
        Assert.Equal("a", problem.Field);
        Assert.Contains("Kết quả đạt được", problem.Message, StringComparison.Ordinal);
    }
}
