using System.Text;
using LearningSociety.Infrastructure.Identity;

namespace LearningSociety.UnitTests.Identity;

public sealed class TotpTests
{
    private static readonly byte[] RfcKey = "12345678901234567890"u8.ToArray();

    /// <summary>RFC 6238 appendix B (SHA-1), last six of the eight digits.</summary>
    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1111111111L, "050471")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    [InlineData(20000000000L, "353130")]
    public void Codes_match_the_rfc_6238_vectors(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.Code(RfcKey, Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds))));

    [Fact]
    public void Steps_are_thirty_seconds_long()
    {
        Assert.Equal(Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(60)), Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(89)));
        Assert.NotEqual(Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(89)), Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(90)));
    }

    /// <summary>RFC 4648 section 10 vectors, plus the way keys are shown and typed (groups, lower case).</summary>
    [Theory]
    [InlineData("", "")]
    [InlineData("MY======", "f")]
    [InlineData("MZXQ====", "fo")]
    [InlineData("MZXW6===", "foo")]
    [InlineData("MZXW6YQ=", "foob")]
    [InlineData("MZXW6YTB", "fooba")]
    [InlineData("MZXW6YTBOI======", "foobar")]
    [InlineData("mzxw 6ytb oi", "foobar")]
    public void Base32_decodes_the_rfc_4648_vectors(string text, string expected) =>
        Assert.Equal(expected, Encoding.ASCII.GetString(Base32.Decode(text)));

    [Fact]
    public void Base32_refuses_characters_outside_its_alphabet() =>
        Assert.Throws<FormatException>(() => Base32.Decode("MZXW1"));
}
