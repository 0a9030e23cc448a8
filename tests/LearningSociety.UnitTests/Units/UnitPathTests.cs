using LearningSociety.Domain.Units;

namespace LearningSociety.UnitTests.Units;

public sealed class UnitPathTests
{
    [Fact]
    public void A_child_path_extends_its_parent()
    {
        var province = UnitPath.Child(UnitPath.Root, 80);
        var district = UnitPath.Child(province, 806);
        var commune = UnitPath.Child(district, 28144);

        Assert.Equal("/80/", province);
        Assert.Equal("/80/806/28144/", commune);
        Assert.Equal([80, 806, 28144], UnitPath.Ids(commune));
        Assert.Equal(3, UnitPath.Depth(commune));
    }

    [Theory]
    [InlineData("/80/806/28144/", "/80/", true)]
    [InlineData("/80/806/28144/", "/80/806/", true)]
    [InlineData("/80/806/", "/80/806/", true)]
    [InlineData("/80/806/", "/80/806/28144/", false)]
    [InlineData("/800/1/", "/80/", false)] // a prefix of digits is not an ancestor
    [InlineData("/80/", "", false)]
    public void Within_means_the_unit_itself_or_below_it(string path, string ancestor, bool expected) =>
        Assert.Equal(expected, UnitPath.IsWithin(path, ancestor));

    [Fact]
    public void A_two_tier_tree_after_the_reform_is_just_a_shorter_path()
    {
        var tayNinh = UnitPath.Child(UnitPath.Root, 5);
        var commune = UnitPath.Child(tayNinh, 900);
        Assert.Equal(2, UnitPath.Depth(commune));
        Assert.True(UnitPath.IsWithin(commune, tayNinh));
    }
}
