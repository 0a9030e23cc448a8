using System.Globalization;
using System.Text.RegularExpressions;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// Reads numbers as Vietnamese users type them: "1.030" and "1 030" are one thousand and thirty,
/// "40,5" is forty and a half; "40.5" (as a browser's number field sends it) is also forty and a half.
/// </summary>
public static partial class NumberInput
{
    public static bool TryParse(string? text, out decimal? value)
    {
        value = null;
        var s = (text ?? "").Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        if (s.Length == 0)
        {
            return true;
        }

        if (s.Contains(',', StringComparison.Ordinal))
        {
            s = s.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }
        else if (ThousandsWithDots().IsMatch(s))
        {
            s = s.Replace(".", "", StringComparison.Ordinal);
        }

        if (decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    /// <summary>A number this reader refuses only for its size or its exponent ("1e29", "99999999999999999999999999999").</summary>
    public static bool LooksLikeNumber(string? text) =>
        double.TryParse((text ?? "").Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d);

    public static string Format(decimal? value) =>
        value is { } v ? v.ToString(v == decimal.Truncate(v) ? "#,##0" : "#,##0.##", CultureInfo.GetCultureInfo("vi-VN")) : "";

    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})+$")]
    private static partial Regex ThousandsWithDots();
}
