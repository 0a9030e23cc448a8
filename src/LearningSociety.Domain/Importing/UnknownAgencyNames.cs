namespace LearningSociety.Domain.Importing;

/// <summary>
/// Agency names the directory does not know, found by their shape: a capitalised run that starts
/// with a head word ("Sở", "Bộ", "Hội", "Ủy ban", "Trung tâm" …) and is followed by a capitalised word.
/// </summary>
internal static class UnknownAgencyNames
{
    private static readonly string[][] HeadWords =
    [
        ["so"], ["phong"], ["bo"], ["hoi"], ["dai"], ["bao"], ["cong"], ["truong"], ["vien"], ["cuc"], ["ban"],
        ["doan"], ["uy", "ban"], ["lien", "doan"], ["trung", "tam"], ["van", "phong"], ["chi", "cuc"],
        ["tinh", "doan"], ["huyen", "doan"], ["thanh", "doan"], ["mat", "tran"], ["hiep", "hoi"], ["ngan", "hang"],
        ["kho", "bac"], ["bao", "hiem"], ["chi", "nhanh"], ["cong", "ty"], ["thanh", "tra"], ["cau", "lac", "bo"],
    ];

    /// <summary>
    /// Capitalised runs that start with an agency head word ("Bộ Giáo dục và Đào tạo") but match no
    /// directory form; issuers of cited documents ("của Ban Bí thư") are left out.
    /// </summary>
    public static IEnumerable<AgencyMention> Find(TokenizedText text, bool[] taken)
    {
        var i = 0;
        while (i < text.Count)
        {
            var head = HeadWords.FirstOrDefault(h => text.IsAtExactly(i, h));
            var afterHead = head is null ? i : i + head.Length;
            if (taken[i] || head is null || !IsUpper(text, i) || !text.IsLiteral(i) || IsAllCaps(text, i) || afterHead >= text.Count || !IsUpper(text, afterHead)
                || text.Tokens[afterHead].BreakBefore || text.Tokens[afterHead].CommaBefore
                || (i > 0 && text[i - 1] == "cua" && !text.Tokens[i].BreakBefore))
            {
                i++;
                continue;
            }

            var end = afterHead + 1;
            var previousUpper = true;
            var lowerAfterUpper = 0;
            while (end < text.Count && !taken[end] && !text.Tokens[end].BreakBefore && !text.Tokens[end].CommaBefore)
            {
                var nextUpper = end + 1 < text.Count && IsUpper(text, end + 1) && !text.Tokens[end + 1].CommaBefore && !text.Tokens[end + 1].BreakBefore;
                if (IsUpper(text, end))
                {
                    previousUpper = true;
                    lowerAfterUpper = 0;
                }
                else if (previousUpper && !IsLevel(text[end]))
                {
                    // The second syllable of a capitalised word: "Giáo dục".
                    previousUpper = false;
                    lowerAfterUpper = 1;
                }
                else if (lowerAfterUpper == 1 && !IsLevel(text[end]) && EndsName(text, end + 1))
                {
                    // A third syllable only where the name visibly ends after it: "Hội Cựu chiến binh tỉnh",
                    // "Hội Cựu giáo chức," — never "Sở Tài chính phối hợp".
                    lowerAfterUpper = 2;
                }
                else if (IsLevel(text[end]))
                {
                    // "… tỉnh" ends the name unless a place name follows: "huyện Cần Đước".
                    end++;
                    if (!nextUpper)
                    {
                        break;
                    }

                    continue;
                }
                else if (text[end] == "va" && nextUpper)
                {
                    previousUpper = false;
                }
                else
                {
                    break;
                }

                end++;
            }

            // A trailing connective belongs to what follows.
            while (end > afterHead && text[end - 1] == "va")
            {
                end--;
            }

            if (end - i >= 2)
            {
                yield return new AgencyMention(i, end, null, text.Slice(i, end));
            }

            i = Math.Max(end, i + 1);
        }
    }

    private static bool EndsName(TokenizedText text, int next) =>
        next >= text.Count || IsLevel(text[next]) || text.Tokens[next].CommaBefore || text.Tokens[next].BreakBefore;

    private static bool IsLevel(string word) => word is "tinh" or "huyen" or "xa" or "phuong" or "quan";

    private static bool IsUpper(TokenizedText text, int index) => char.IsUpper(text.Source[text.Tokens[index].Start]);

    private static bool IsAllCaps(TokenizedText text, int index)
    {
        var t = text.Tokens[index];
        var word = text.Source.AsSpan(t.Start, t.End - t.Start);
        return word.Length > 1 && AllUpper(word);
    }

    private static bool AllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
