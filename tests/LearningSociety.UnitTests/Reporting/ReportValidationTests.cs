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

    [Theory]
    [InlineData("100000000000000000000", "Số lượng (100.000.000.000.000.000.000) vượt quá giới hạn 20.000.000 của một báo cáo; hãy kiểm tra lại số đã gõ.")]
    [InlineData("20000001", "Số lượng (20.000.001) vượt quá giới hạn 20.000.000 của một báo cáo; hãy kiểm tra lại số đã gõ.")]
    [InlineData("-1", "Số lượng không được âm.")]
    [InlineData("12.5", "Số lượng đếm người hoặc đơn vị nên phải là số nguyên (đã nhập 12,5).")]
    public void A_head_count_is_a_whole_number_within_the_limit(string typed, string message) =>
        Assert.Equal(message, ReportValidation.Figure(decimal.Parse(typed, System.Globalization.CultureInfo.InvariantCulture), "Số lượng"));

    [Theory]
    [InlineData("0")]
    [InlineData("20000000")]
    public void Figures_up_to_the_limit_pass(string typed) =>
        Assert.Null(ReportValidation.Figure(decimal.Parse(typed, System.Globalization.CultureInfo.InvariantCulture), "Số lượng"));

    [Theory]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("11")]
    [InlineData("2.5")]
    public void A_level_outside_0_to_10_is_refused_before_it_becomes_an_int(string typed) =>
        Assert.StartsWith("Mức độ phải là số nguyên từ 0 đến 10", ReportValidation.LevelFigure(decimal.Parse(typed, System.Globalization.CultureInfo.InvariantCulture)), StringComparison.Ordinal);
}
