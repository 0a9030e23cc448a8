using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Units;

namespace LearningSociety.UnitTests.Agencies;

public sealed class SignatureBlockTests
{
    [Theory]
    [InlineData(AgencyKind.PeoplesCommittee, UnitLevel.Commune, "TM. ỦY BAN NHÂN DÂN|CHỦ TỊCH")]
    [InlineData(AgencyKind.SteeringCommittee, UnitLevel.District, "TM. BAN CHỈ ĐẠO|TRƯỞNG BAN")]
    [InlineData(AgencyKind.Department, UnitLevel.Province, "GIÁM ĐỐC")]
    [InlineData(AgencyKind.Department, UnitLevel.District, "TRƯỞNG PHÒNG")]
    [InlineData(AgencyKind.Department, UnitLevel.Commune, "TRƯỞNG PHÒNG")]
    [InlineData(AgencyKind.Association, UnitLevel.Province, "THỦ TRƯỞNG CƠ QUAN")]
    [InlineData(AgencyKind.School, UnitLevel.Commune, "THỦ TRƯỞNG CƠ QUAN")]
    public void The_block_follows_the_kind_and_the_level(AgencyKind kind, UnitLevel level, string lines) =>
        Assert.Equal(lines.Split('|'), SignatureBlock.For(kind, level));

    [Fact]
    public void Every_kind_has_a_block_at_every_level()
    {
        foreach (var kind in Enum.GetValues<AgencyKind>())
        {
            foreach (var level in Enum.GetValues<UnitLevel>())
            {
                Assert.NotEmpty(SignatureBlock.For(kind, level));
            }
        }
    }
}
