using LearningSociety.Domain.Text;

namespace LearningSociety.Domain.Importing;

/// <summary>Similarity measures on folded text, tolerant of the slips OCR makes.</summary>
public static class TextSimilarity
{
    /// <summary>
    /// 1 − edit distance ÷ length of the longer string: 1 for equal strings, 0 for nothing in common.
    /// </summary>
    public static double Levenshtein(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1 : 1 - ((double)EditDistance(a, b) / longer);
    }

    /// <summary>
    /// Dice coefficient of the character bigrams of the two texts after <see cref="VietnameseText.Fold"/>:
    /// insensitive to accents, case and spacing, and only mildly hurt by OCR slips or a word out of place.
    /// </summary>
    public static double Folded(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var x = Bigrams(VietnameseText.Fold(a));
        var y = Bigrams(VietnameseText.Fold(b));
        if (x.Count == 0 && y.Count == 0)
        {
            return 1;
        }

        var common = 0;
        foreach (var (gram, count) in x)
        {
            if (y.TryGetValue(gram, out var other))
            {
                common += Math.Min(count, other);
            }
        }

        return 2.0 * common / (x.Values.Sum() + y.Values.Sum());
    }

    /// <summary>Two canonical words are the same word: equal, or one OCR slip apart when both have three letters or more.</summary>
    public static bool WordsMatch(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a == b)
        {
            return true;
        }

        return a.Length >= 3 && b.Length >= 3 && Math.Abs(a.Length - b.Length) <= 1 && EditDistance(a, b) <= 1;
    }

    internal static int EditDistance(string a, string b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static Dictionary<string, int> Bigrams(string s)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < s.Length; i++)
        {
            var gram = s.Substring(i, 2);
            grams[gram] = grams.TryGetValue(gram, out var n) ? n + 1 : 1;
        }

        return grams;
    }
}
