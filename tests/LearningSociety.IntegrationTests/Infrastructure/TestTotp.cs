using System.Globalization;
using System.Security.Cryptography;

namespace LearningSociety.IntegrationTests.Infrastructure;

/// <summary>
/// RFC 6238 written again for the tests (HMAC-SHA1, 30 s, 6 digits), independent of the portal's
/// own code so that a shared mistake cannot make both sides agree. Checked against the RFC's vectors.
/// </summary>
public static class TestTotp
{
    public static string Code(string base32Key, DateTimeOffset at) => Code(FromBase32(base32Key), at.ToUnixTimeSeconds() / 30, 6);

    public static string Code(byte[] key, long counter, int digits)
    {
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }

        using var hmac = new HMACSHA1(key);
        var hash = hmac.ComputeHash(message);
        var offset = hash[19] & 0xf;
        var value = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        var modulo = (int)Math.Pow(10, digits);
        return (value % modulo).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    public static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(text.Where(c => c != ' ' && c != '=').Select(c =>
            Convert.ToString(alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal), 2).PadLeft(5, '0')));
        return [.. Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2))];
    }
}
