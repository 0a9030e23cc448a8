using System.Text.RegularExpressions;
using LearningSociety.Domain.Text;

namespace LearningSociety.Domain.Importing;

/// <summary>
/// A paragraph as a list of <see cref="MatchToken"/>s: the form agency names, keywords and
/// clause boundaries are looked for in, whatever the paragraph's accents, case or OCR damage.
/// </summary>
internal sealed partial class TokenizedText
{
    // Ways plans write the same group; rewritten to one form so that a directory name written one
    // way finds a mention written another ("các sở, ban, ngành" / "các sở, ngành").
    private static readonly (string[] From, string[] To)[] Synonyms =
    [
        (["so", "ban", "nganh", "dia", "phuong"], ["so", "nganh", "cac", "dia", "phuong"]),
        (["so", "nganh", "dia", "phuong"], ["so", "nganh", "cac", "dia", "phuong"]),
        (["so", "ban", "nganh"], ["so", "nganh"]),
        (["cac", "nganh"], ["cac", "so", "nganh"]),
        (["phong", "ban", "nganh"], ["ban", "nganh"]),
        (["cac", "huyen", "thi", "xa", "thanh", "pho"], ["cac", "huyen"]),
        (["cac", "huyen", "thanh", "pho", "thi", "xa"], ["cac", "huyen"]),
        (["cac", "huyen", "thanh", "pho"], ["cac", "huyen"]),
        (["cac", "huyen", "thi", "xa"], ["cac", "huyen"]),
        (["cac", "xa", "phuong", "thi", "tran"], ["cac", "xa"]),
        (["cac", "xa", "thi", "tran"], ["cac", "xa"]),
        (["cac", "xa", "phuong"], ["cac", "xa"]),
    ];

    private TokenizedText(string source, List<MatchToken> tokens)
    {
        Source = source;
        Tokens = tokens;
    }

    public string Source { get; }

    public IReadOnlyList<MatchToken> Tokens { get; }

    public int Count => Tokens.Count;

    public string this[int index] => Tokens[index].Value;

    public static TokenizedText Create(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var folded = VietnameseText.FoldWithMap(source, out var map);
        var raw = new List<MatchToken>();
        var previousEnd = 0;
        foreach (Match m in Word().Matches(folded))
        {
            var gap = folded[previousEnd..m.Index];
            var hardBreak = raw.Count > 0 && gap.AsSpan().IndexOfAny(".;:()!?[]") >= 0;
            var comma = raw.Count > 0 && gap.Contains(',', StringComparison.Ordinal);
            var start = map[m.Index];
            var end = map[m.Index + m.Length - 1] + 1;
            var first = true;
            // Parts of a document symbol ("2796/KH-UBND", "49-KL/TW") name documents, not agencies: kept as written.
            var symbol = gap.EndsWith('/') || (m.Index + m.Length < folded.Length && folded[m.Index + m.Length] == '/');
            foreach (var word in symbol ? [m.Value] : OcrTokens.Canonical(m.Value))
            {
                raw.Add(new MatchToken(word, start, end, first && hardBreak, first && comma));
                first = false;
            }

            previousEnd = m.Index + m.Length;
        }

        return new TokenizedText(source, ApplySynonyms(raw));
    }

    /// <summary>The original wording covered by tokens [from, to).</summary>
    public string Slice(int from, int to) =>
        from >= to ? string.Empty : Source[Tokens[from].Start..Tokens[to - 1].End];

    /// <summary>The canonical words of tokens [from, to) joined by single spaces.</summary>
    public string Joined(int from, int to)
    {
        var b = new System.Text.StringBuilder();
        for (var i = from; i < to; i++)
        {
            if (i > from)
            {
                b.Append(' ');
            }

            b.Append(Tokens[i].Value);
        }

        return b.ToString();
    }

    /// <summary>True when no sentence boundary lies inside tokens [from, to).</summary>
    public bool WithinSentence(int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (Tokens[i].BreakBefore)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when <paramref name="words"/> occur at <paramref name="index"/>, every word equal but at
    /// most one, which may be one OCR slip away ("phdi hop" for "phối hợp", but not "đào tạo" for "báo cáo").
    /// </summary>
    public bool IsAt(int index, params string[] words)
    {
        if (index < 0 || index + words.Length > Count)
        {
            return false;
        }

        var slips = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var token = Tokens[index + i].Value;
            if (token == words[i])
            {
                continue;
            }

            if (!TextSimilarity.WordsMatch(token, words[i]) || ++slips > 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The punctuation that breaks the text just before token <paramref name="index"/> (".", ";", ":" …), or '\0'.</summary>
    public char BreakAt(int index)
    {
        if (index <= 0 || index >= Count || !Tokens[index].BreakBefore)
        {
            return '\0';
        }

        var gap = Source.AsSpan(Tokens[index - 1].End, Math.Max(0, Tokens[index].Start - Tokens[index - 1].End));
        foreach (var c in gap)
        {
            if (".;:()!?[]".Contains(c, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return '\0';
    }

    /// <summary>True when token <paramref name="index"/> is written as itself, not as part of an expanded abbreviation.</summary>
    public bool IsLiteral(int index)
    {
        var t = Tokens[index];
        return VietnameseText.Fold(Source[t.Start..t.End]).Replace('-', ' ') == t.Value
            || OcrTokens.Repair(VietnameseText.Fold(Source[t.Start..t.End])) == t.Value;
    }

    /// <summary>True when <paramref name="words"/> occur at <paramref name="index"/> exactly.</summary>
    public bool IsAtExactly(int index, string[] words)
    {
        if (index < 0 || index + words.Length > Count)
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (Tokens[index + i].Value != words[i] || (i > 0 && Tokens[index + i].BreakBefore))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Positions where <paramref name="words"/> occur, as <see cref="IsAt"/> reads them.</summary>
    public IEnumerable<int> FindAll(params string[] words)
    {
        for (var i = 0; i + words.Length <= Count; i++)
        {
            if (IsAt(i, words))
            {
                yield return i;
            }
        }
    }

    /// <summary>Index of the first token of the sentence holding token <paramref name="index"/>.</summary>
    public int SentenceStart(int index)
    {
        var i = index;
        while (i > 0 && !Tokens[i].BreakBefore)
        {
            i--;
        }

        return i;
    }

    private static List<MatchToken> ApplySynonyms(List<MatchToken> tokens)
    {
        var result = new List<MatchToken>(tokens.Count);
        var i = 0;
        while (i < tokens.Count)
        {
            var replaced = false;
            foreach (var (from, to) in Synonyms)
            {
                if (!Matches(tokens, i, from))
                {
                    continue;
                }

                var first = tokens[i];
                var last = tokens[i + from.Length - 1];
                for (var k = 0; k < to.Length; k++)
                {
                    result.Add(new MatchToken(to[k], first.Start, last.End, k == 0 && first.BreakBefore, k == 0 && first.CommaBefore));
                }

                i += from.Length;
                replaced = true;
                break;
            }

            if (!replaced)
            {
                result.Add(tokens[i]);
                i++;
            }
        }

        return result;
    }

    private static bool Matches(List<MatchToken> tokens, int at, string[] words)
    {
        if (at + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!TextSimilarity.WordsMatch(tokens[at + k].Value, words[k]) || (k > 0 && tokens[at + k].BreakBefore))
            {
                return false;
            }
        }

        return true;
    }

    // Words of the folded text; "&" and "-" stay inside abbreviations such as "gd&dt" or "ld-tb&xh",
    // and the OCR stand-ins for "ơ" / "ỹ" count as letters.
    [GeneratedRegex(@"[a-z0-9¢¥ø€]+(?:[&-][a-z0-9¢¥ø€]+)*&?", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
