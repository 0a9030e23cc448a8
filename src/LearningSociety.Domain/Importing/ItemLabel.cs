using System.Text.RegularExpressions;

namespace LearningSociety.Domain.Importing;

/// <summary>The label that opens a numbered paragraph, and the text after it.</summary>
/// <param name="Parts">"II" → ["II"]; "1.2." → ["1", "2"]; "b)" → ["b"]; bullets → [].</param>
/// <param name="Written">The label as it appeared, for messages ("I11.").</param>
internal sealed partial record ItemLabel(LabelKind Kind, IReadOnlyList<string> Parts, string Rest, string Written)
{
    public string Joined => string.Join('.', Parts);

    /// <summary>Reads the label at the start of <paramref name="line"/>, or null when it has none.</summary>
    /// <param name="caseless">The text has no capitals at all (folded), so "ii." is a Roman label.</param>
    public static ItemLabel? Parse(string line, bool caseless)
    {
        var article = ArticleLabel().Match(line);
        if (article.Success)
        {
            // "Điều 2. …" of a decision: numbered like "2." at the top level.
            return new ItemLabel(LabelKind.Arabic, [article.Groups["n"].Value], article.Groups["rest"].Value.Trim(), "Điều " + article.Groups["n"].Value + ".");
        }

        var m = RomanLabel().Match(line);
        if (m.Success && ToRoman(m.Groups["r"].Value, caseless) is { } roman)
        {
            return new ItemLabel(LabelKind.Roman, [roman], m.Groups["rest"].Value.Trim(), m.Groups["r"].Value + ".");
        }

        m = ArabicLabel().Match(line);
        if (m.Success)
        {
            var parts = m.Groups["n"].Value.Split('.', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1 || m.Groups["dot"].Success)
            {
                var normalized = parts.Select(p => p.TrimStart('0').Length == 0 ? "0" : p.TrimStart('0')).ToArray();
                return new ItemLabel(LabelKind.Arabic, normalized, m.Groups["rest"].Value.Trim(), m.Groups["n"].Value + m.Groups["dot"].Value);
            }
        }

        m = LetterLabel().Match(line);
        if (m.Success)
        {
            var letter = m.Groups["l"].Value.ToLowerInvariant().Replace('¢', 'c');
            return new ItemLabel(LabelKind.Letter, [letter], m.Groups["rest"].Value.Trim(), m.Groups["l"].Value + ")");
        }

        m = BulletLabel().Match(line);
        if (m.Success)
        {
            var kind = m.Groups["b"].Value == "+" ? LabelKind.Plus : LabelKind.Dash;
            return new ItemLabel(kind, [], m.Groups["rest"].Value.Trim(), m.Groups["b"].Value);
        }

        return null;
    }

    /// <summary>Vietnamese letter labels run a, b, c, d, đ, e, g, h, i, k …</summary>
    public static string? NextLetter(string? previous)
    {
        const string sequence = "abcdđeghiklmnopqrstuvxy";
        if (previous is null)
        {
            return "a";
        }

        var i = sequence.IndexOf(previous, StringComparison.Ordinal);
        return i >= 0 && i + 1 < sequence.Length ? sequence[i + 1].ToString() : null;
    }

    private static string? ToRoman(string written, bool caseless)
    {
        // OCR reads "III" as "I11" or "Il"; a Roman label needs at least one true capital to be told from "1.".
        if (!caseless && !written.Any(c => c is 'I' or 'V' or 'X'))
        {
            return null;
        }

        if (caseless && !written.All(c => c is 'i' or 'v' or 'x' or 'l'))
        {
            return null;
        }

        var roman = new string(written.Select(c => c switch
        {
            '1' or 'l' or 'i' => 'I',
            'v' => 'V',
            'x' => 'X',
            'L' => 'L',
            _ => c,
        }).ToArray());

        return ValidRoman().IsMatch(roman) ? roman : null;
    }

    [GeneratedRegex(@"^(?:Điều|ĐIỀU|Dieu|DIEU)\s+(?<n>\d{1,2})\s*[.:]\s*(?<rest>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleLabel();

    [GeneratedRegex(@"^(?<r>[IVXLivxl1]{1,6})\s?\.\s*(?<rest>\S.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanLabel();

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\s?\.\s?\d{1,2})*)(?<dot>\s?[.)])?\s+(?<rest>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ArabicLabel();

    [GeneratedRegex(@"^(?<l>[a-zđA-ZĐ¢])\s?\)\s*(?<rest>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LetterLabel();

    [GeneratedRegex(@"^(?<b>[-–—•·∙●▪○+])\s*(?<rest>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex BulletLabel();

    [GeneratedRegex(@"^(?:X{0,2})(?:IX|IV|V?I{0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidRoman();
}
