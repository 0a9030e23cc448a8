namespace LearningSociety.Infrastructure.Exports.Excel;

/// <summary>
/// A text longer than one cell may hold (Excel's limit is 32,767 characters; ClosedXML refuses
/// more) continues in the rows below it, each part saying so, so any stored text can be written:
/// old reports may hold more than the form allows today. Numbers are written on the first row
/// only, so a total over the column still counts them once; other short texts are repeated, so
/// a filter keeps the parts together.
/// </summary>
public static class CellOverflow
{
    public const int CellLimit = 32_767;

    public const string Continues = " […tiếp ở hàng dưới]";

    /// <summary>Room for the longest marker ("[Phần 999/999, tiếp theo] " and <see cref="Continues"/>).</summary>
    private const int PartLength = CellLimit - 100;

    public static string ContinuedPrefix(int part, int parts) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[Phần {part}/{parts}, tiếp theo] ");

    /// <summary>The row as written: itself, or one row per part when a text does not fit in a cell.</summary>
    public static IEnumerable<IReadOnlyList<object?>> Split(IReadOnlyList<object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!values.Any(v => v is string s && s.Length > PartLength))
        {
            return [values];
        }

        var parts = values.Select(v => v is string s && SafeText.Clean(s) is { Length: > PartLength } clean ? Parts(clean) : null).ToList();
        var rows = parts.Max(p => p?.Count ?? 1);
        return Enumerable.Range(0, rows).Select(r => (IReadOnlyList<object?>)[.. values.Select((v, i) => parts[i] is { } texts
            ? r < texts.Count ? (r == 0 ? "" : ContinuedPrefix(r + 1, texts.Count)) + texts[r] + (r < texts.Count - 1 ? Continues : "") : null
            : r == 0 || v is string ? v : null)]);
    }

    /// <summary>Cuts at a line break or a space near the limit, never inside a surrogate pair.</summary>
    private static List<string> Parts(string text)
    {
        var parts = new List<string>();
        var at = 0;
        while (text.Length - at > PartLength)
        {
            var end = at + PartLength;
            var cut = text.LastIndexOfAny(['\n', ' '], end - 1, 2_000);
            end = cut > at ? cut + 1 : char.IsHighSurrogate(text[end - 1]) ? end - 1 : end;
            parts.Add(text[at..end]);
            at = end;
        }

        parts.Add(text[at..]);
        return parts;
    }
}
