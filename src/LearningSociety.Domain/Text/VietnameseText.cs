using System.Globalization;
using System.Text;

namespace LearningSociety.Domain.Text;

/// <summary>
/// Normalisation helpers for Vietnamese text: seeds and user input may be NFC, NFD
/// (copied from some PDFs) or OCR output that lost its diacritics, and all of them
/// must compare equal when searching.
/// </summary>
public static class VietnameseText
{
    /// <summary>Unicode NFC, trimmed: the form stored in the database.</summary>
    public static string Nfc(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Normalize(NormalizationForm.FormC).Trim();
    }

    /// <summary>
    /// Accent-insensitive search key: diacritics removed, đ → d, lower-case, runs of
    /// whitespace collapsed to one space, trimmed ("Xóa  mù chữ" → "xoa mu chu").
    /// </summary>
    public static string Fold(string s) => FoldWithMap(s, out _);

    /// <summary>Lower-case ASCII letters and digits joined by single hyphens: "Sở Văn hóa, Thể thao" → "so-van-hoa-the-thao". For keys.</summary>
    public static string Slug(string s)
    {
        var b = new System.Text.StringBuilder();
        foreach (var c in Fold(s))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                b.Append(c);
            }
            else if (b.Length > 0 && b[^1] != '-')
            {
                b.Append('-');
            }
        }

        return b.ToString().Trim('-');
    }

    /// <summary>"Tỉnh Tây Ninh" → "tỉnh Tây Ninh", as a unit's name reads inside a body's name.</summary>
    public static string LowerFirst(string s) =>
        string.IsNullOrEmpty(s) ? s : char.ToLower(s[0], System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + s[1..];

    /// <summary>True when <paramref name="needle"/> occurs in <paramref name="haystack"/>, ignoring accents, case and spacing.</summary>
    public static bool ContainsFolded(string haystack, string needle)
    {
        ArgumentNullException.ThrowIfNull(haystack);
        ArgumentNullException.ThrowIfNull(needle);
        return Fold(haystack).Contains(Fold(needle), StringComparison.Ordinal);
    }

    /// <summary>
    /// Folds <paramref name="s"/> and reports, for every folded character, the index in
    /// <paramref name="s"/> it came from, so a match found in the folded text can be cut
    /// out of the original wording unchanged.
    /// </summary>
    internal static string FoldWithMap(string s, out int[] map)
    {
        ArgumentNullException.ThrowIfNull(s);
        var folded = new StringBuilder(s.Length);
        var origin = new List<int>(s.Length);
        var pendingSpace = -1;

        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                if (pendingSpace < 0)
                {
                    pendingSpace = i;
                }

                continue;
            }

            // Decomposing one character at a time gives the same base letters as
            // NFC-then-FormD on the whole string (canonical equivalence), while keeping
            // track of where each letter came from.
            var decomposed = char.IsSurrogate(c) ? c.ToString() : c.ToString().Normalize(NormalizationForm.FormD);
            foreach (var d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                if (pendingSpace >= 0 && folded.Length > 0)
                {
                    folded.Append(' ');
                    origin.Add(pendingSpace);
                }

                pendingSpace = -1;
                // đ/Đ are letters of their own, not d plus a mark, so FormD leaves them alone.
                folded.Append(d is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(d));
                origin.Add(i);
            }
        }

        map = [.. origin];
        return folded.ToString();
    }
}
