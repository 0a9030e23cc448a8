using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LearningSociety.Infrastructure.Importing;

/// <summary>
/// Renders the labels of Word's automatic list numbering ("%1.%2." with decimal, letter, Roman or
/// bullet formats), counting per list and level the way Word does. Numbering inherited from a
/// paragraph style is not followed: plans seldom use it for their outline.
/// </summary>
internal sealed class WordNumbering
{
    private readonly Dictionary<int, int> _abstractOf = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<int, int[]> _counters = [];

    public WordNumbering(Numbering? numbering)
    {
        if (numbering is null)
        {
            return;
        }

        foreach (var a in numbering.Elements<AbstractNum>())
        {
            if (a.AbstractNumberId?.Value is { } id)
            {
                _abstracts[id] = a;
            }
        }

        foreach (var n in numbering.Elements<NumberingInstance>())
        {
            if (n.NumberID?.Value is { } id && n.AbstractNumId?.Val?.Value is { } abstractId)
            {
                _abstractOf[id] = abstractId;
            }
        }
    }

    public string? Label(Paragraph paragraph)
    {
        var numPr = paragraph.ParagraphProperties?.NumberingProperties;
        if (numPr?.NumberingId?.Val?.Value is not { } numId || numId == 0
            || !_abstractOf.TryGetValue(numId, out var abstractId) || !_abstracts.TryGetValue(abstractId, out var definition))
        {
            return null;
        }

        var level = Math.Clamp(numPr.NumberingLevelReference?.Val?.Value ?? 0, 0, 8);
        if (!_counters.TryGetValue(numId, out var counters))
        {
            _counters[numId] = counters = new int[9];
        }

        var levels = definition.Elements<Level>().ToDictionary(l => l.LevelIndex?.Value ?? 0);
        counters[level] = counters[level] == 0 ? Start(levels, level) : counters[level] + 1;
        for (var deeper = level + 1; deeper < counters.Length; deeper++)
        {
            counters[deeper] = 0;
        }

        if (!levels.TryGetValue(level, out var current))
        {
            return null;
        }

        var format = current.NumberingFormat?.Val?.Value;
        var text = current.LevelText?.Val?.Value ?? string.Empty;
        if (format == NumberFormatValues.Bullet)
        {
            // Word's bullet glyphs come from Symbol/Wingdings; the importer only needs to know it is a bullet.
            return "-";
        }

        for (var l = 0; l <= level; l++)
        {
            var value = counters[l] == 0 ? Start(levels, l) : counters[l];
            var f = levels.TryGetValue(l, out var lv) ? lv.NumberingFormat?.Val?.Value : NumberFormatValues.Decimal;
            text = text.Replace("%" + (l + 1).ToString(CultureInfo.InvariantCulture), Format(value, f), StringComparison.Ordinal);
        }

        return text.Length == 0 ? null : text;
    }

    private static int Start(Dictionary<int, Level> levels, int level) =>
        levels.TryGetValue(level, out var l) && l.StartNumberingValue?.Val?.Value is { } start ? start : 1;

    private static string Format(int value, NumberFormatValues? format)
    {
        if (format == NumberFormatValues.LowerLetter || format == NumberFormatValues.UpperLetter)
        {
            var letter = ((char)('a' + ((value - 1) % 26))).ToString();
            return format == NumberFormatValues.UpperLetter ? letter.ToUpperInvariant() : letter;
        }

        if (format == NumberFormatValues.LowerRoman || format == NumberFormatValues.UpperRoman)
        {
            var roman = Roman(value);
            return format == NumberFormatValues.LowerRoman ? roman.ToLowerInvariant() : roman;
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static string Roman(int value)
    {
        var (numerals, values) = (new[] { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" }, new[] { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 });
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                result.Append(numerals[i]);
                value -= values[i];
            }
        }

        return result.ToString();
    }
}
