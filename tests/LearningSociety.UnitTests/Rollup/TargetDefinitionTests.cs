using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Rollup;
using LearningSociety.Domain.Units;

namespace LearningSociety.UnitTests.Rollup;

public class TargetDefinitionTests
{
    private static Target LiteracyTarget()
    {
        var target = new Target
        {
            Id = 3,
            Code = "T1",
            Name = "Xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2",
            Kind = TargetKind.UnitsReaching,
            ReportedByLevel = UnitLevel.Commune,
        };
        target.Values.Add(new TargetValue { Year = 2024, Value = 90 });
        target.Values.Add(new TargetValue { Year = 2025, Value = 100 });
        return target;
    }

    [Fact]
    public void Takes_the_value_set_for_the_reporting_year()
    {
        var definition = TargetDefinition.From(LiteracyTarget(), 2024);

        Assert.Equal((3, TargetKind.UnitsReaching, 90m), (definition.TargetId, definition.Kind, definition.TargetValue));
        Assert.Equal(UnitLevel.Commune, definition.ReportedByLevel);
    }

    [Fact]
    public void A_year_without_a_value_has_no_target_value()
    {
        Assert.Null(TargetDefinition.From(LiteracyTarget(), 2023).TargetValue);
    }

    [Fact]
    public void Only_the_named_tier_is_expected_to_report()
    {
        var definition = TargetDefinition.From(LiteracyTarget(), 2024);
        var commune = new RollupNode { UnitId = 1, Name = "Xã Mỹ An", Level = UnitLevel.Commune, ExpectedToReport = true };

        Assert.True(definition.ExpectsFrom(commune));
        Assert.False(definition.ExpectsFrom(commune with { Level = UnitLevel.District }));
        Assert.False(definition.ExpectsFrom(commune with { ExpectedToReport = false }));
        Assert.False(definition.ExpectsFrom(commune with { Level = null }));
    }

    [Fact]
    public void Agency_targets_are_expected_from_agencies_only()
    {
        var definition = new TargetDefinition { TargetId = 1, Kind = TargetKind.Percentage, ReportedByAgencies = true };
        var agency = new RollupNode { UnitId = 1, Name = "Phòng Giáo dục và Đào tạo", ExpectedToReport = true };

        Assert.True(definition.ExpectsFrom(agency));
        Assert.False(definition.ExpectsFrom(agency with { Level = UnitLevel.Commune }));
    }
}
