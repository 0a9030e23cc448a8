using System.Globalization;

namespace LearningSociety.Web.Features.Shared;

/// <summary>
/// Days typed into forms. Forms use text boxes showing dd/mm/yyyy rather than the browser's date
/// picker, whose format follows the browser's language (mm/dd/yyyy in an English browser).
/// </summary>
public static class DayText
{
    private static readonly string[] Formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>Null for a blank field; false when the text is not a day.</summary>
    public static bool TryParse(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }
}
