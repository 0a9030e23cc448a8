using System.Text;
using LearningSociety.Domain.Rollup;

namespace LearningSociety.UnitTests.Rollup;

public class StatusNamesTests
{
    [Theory]
    [InlineData(DerivedTaskStatus.CompletedOnTime, "Hoàn thành đúng hạn")]
    [InlineData(DerivedTaskStatus.CompletedLate, "Hoàn thành quá hạn")]
    [InlineData(DerivedTaskStatus.InProgressWithinDeadline, "Đang thực hiện trong hạn")]
    [InlineData(DerivedTaskStatus.InProgressOverdue, "Đang thực hiện quá hạn")]
    [InlineData(DerivedTaskStatus.NotStarted, "Chưa triển khai")]
    public void Task_statuses_use_the_Government_Office_wording(DerivedTaskStatus status, string expected)
    {
        Assert.Equal(expected.Normalize(NormalizationForm.FormC), StatusNames.DisplayName(status));
    }

    [Fact]
    public void Every_name_is_distinct_within_its_enum_and_in_NFC()
    {
        string[][] groups =
        [
            Enum.GetValues<DerivedTaskStatus>().Select(StatusNames.DisplayName).ToArray(),
            Enum.GetValues<ReportStatus>().Select(StatusNames.DisplayName).ToArray(),
            Enum.GetValues<TaskProgress>().Select(StatusNames.DisplayName).ToArray(),
        ];

        foreach (var names in groups)
        {
            Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
            Assert.All(names, n => Assert.True(n.IsNormalized(NormalizationForm.FormC), n));
        }
    }
}
