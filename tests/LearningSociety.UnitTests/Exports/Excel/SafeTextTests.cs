using System.Text;
using LearningSociety.Infrastructure.Exports.Excel;

namespace LearningSociety.UnitTests.Exports.Excel;

public class SafeTextTests
{
    [Theory]
    [InlineData("=1+1", true)]
    [InlineData("+84 912 345 678", true)]
    [InlineData("-", true)]
    [InlineData("@SUM(A1:A2)", true)]
    [InlineData("\t=1", true)]
    [InlineData("\r=1", true)]
    [InlineData(" =1", false)]
    [InlineData("Xã Mỹ An", false)]
    [InlineData("", false)]
    public void Formula_starts_are_recognised(string text, bool risky)
    {
        Assert.Equal(risky, SafeText.LooksLikeFormula(text));
    }

    [Fact]
    public void Cleaning_composes_and_drops_characters_XML_cannot_hold()
    {
        var dirty = "Tháp\u0001 Mười\u000B\n".Normalize(NormalizationForm.FormD);

        var clean = SafeText.Clean(dirty);

        Assert.Equal("Tháp Mười\n", clean);
        Assert.True(clean.IsNormalized(NormalizationForm.FormC));
    }
}
