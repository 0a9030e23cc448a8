using System.Globalization;

namespace LearningSociety.Web.Features.Shared;

/// <summary>
/// Days typed into forms. Forms use text boxes showing dd/mm/yyyy rather than the browser's date
/// picker, whose format follows the browser's language (mm/dd/yyyy in an English browser).
/// </summary>
public static class DayText
{
    private static readonly string[] Formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>The years a day of this portal can fall in: plans, reports and bodies from 1945 to 2100.</summary>
    public const int MinYear = 1945;
    public const int MaxYear = 2100;

    /// <summary>Null for a blank field; false when the text is not a day, or a day outside <see cref="MinYear"/>–<see cref="MaxYear"/> (01/01/0001, 31/12/9999).</summary>
    public static bool TryParse(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            && parsed.Year is >= MinYear and <= MaxYear)
        {
            day = parsed;
            return true;
        }

        return false;
    }
}
