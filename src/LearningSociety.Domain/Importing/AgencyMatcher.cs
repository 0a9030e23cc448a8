namespace LearningSociety.Domain.Importing;

/// <summary>
/// Finds the agencies of a directory in a paragraph, by fuzzy matching of canonical word sequences
/// (<see cref="AgencyForms"/>): a form matches a run of words whose spelling is close enough for OCR
/// slips while the first word must agree, so that "Bộ" never passes for "Sở". Names that look like
/// agencies but match nothing (<see cref="UnknownAgencyNames"/>) are returned with a null key.
/// </summary>
internal sealed class AgencyMatcher
{
    private readonly Dictionary<string, List<AgencyForm>> _byFirstWord;

    public AgencyMatcher(IReadOnlyList<AgencyDirectoryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _byFirstWord = AgencyForms.ByFirstWord(entries);
    }

    /// <summary>The agencies named in <paramref name="text"/>, in reading order, without overlaps.</summary>
    public List<AgencyMention> Find(TokenizedText text, bool detectUnknown)
    {
        var candidates = new List<(int From, int To, string Key, double Score)>();
        for (var i = 0; i < text.Count; i++)
        {
            foreach (var (first, bucket) in _byFirstWord)
            {
                if (!TextSimilarity.WordsMatch(text[i], first))
                {
                    continue;
                }

                foreach (var form in bucket)
                {
                    var n = form.Words.Length;
                    if (!SecondWordAgrees(text, i, form.Words))
                    {
                        continue;
                    }

                    for (var k = Math.Max(1, n - 1); k <= n + 1 && i + k <= text.Count; k++)
                    {
                        if (!text.WithinSentence(i, i + k))
                        {
                            break;
                        }

                        var window = text.Joined(i, i + k);
                        var longer = Math.Max(window.Length, form.Joined.Length);
                        if (Math.Abs(window.Length - form.Joined.Length) > (1 - Threshold(form.Joined.Length)) * longer)
                        {
                            continue;
                        }

                        var score = TextSimilarity.Levenshtein(window, form.Joined);
                        if (score >= Threshold(form.Joined.Length))
                        {
                            candidates.Add((i, i + k, form.Key, score));
                        }
                    }
                }
            }
        }

        var taken = new bool[text.Count];
        var mentions = new List<AgencyMention>();
        // Exact readings first, longest first; then the closest fuzzy ones.
        foreach (var c in candidates
            .OrderByDescending(c => c.Score >= 0.999)
            .ThenByDescending(c => c.Score >= 0.999 ? c.To - c.From : 0)
            .ThenByDescending(c => c.Score)
            .ThenByDescending(c => c.To - c.From))
        {
            if (Enumerable.Range(c.From, c.To - c.From).Any(t => taken[t]))
            {
                continue;
            }

            for (var t = c.From; t < c.To; t++)
            {
                taken[t] = true;
            }

            mentions.Add(new AgencyMention(c.From, c.To, c.Key, text.Slice(c.From, c.To)));
        }

        if (detectUnknown)
        {
            mentions.AddRange(UnknownAgencyNames.Find(text, taken));
        }

        mentions.Sort((a, b) => a.From.CompareTo(b.From));
        return mentions;
    }

    /// <summary>A cheap test before the edit distance: the second word, or the one after it when a word fell out, must agree.</summary>
    private static bool SecondWordAgrees(TokenizedText text, int i, string[] words)
    {
        if (words.Length < 2 || i + 1 >= text.Count)
        {
            return words.Length < 2;
        }

        return Close(text[i + 1], words[1])
            || (words.Length >= 3 && Close(text[i + 1], words[2]))
            || (i + 2 < text.Count && Close(text[i + 2], words[1]));
    }

    // Looser than WordsMatch: OCR also drops a letter from two-letter words ("s" for "sở", "td" for "tổ").
    private static bool Close(string a, string b) =>
        TextSimilarity.EditDistance(a, b) <= Math.Max(1, Math.Max(a.Length, b.Length) / 2);

    private static double Threshold(int length) => length switch
    {
        < 8 => 0.999,
        < 14 => 0.88,
        _ => 0.84,
    };
}
