namespace LearningSociety.Domain.Importing;

/// <summary>
/// Finds the agencies of a directory in a paragraph, by fuzzy matching of canonical word sequences:
/// every name, short name and alias gives several forms (with and without the place, without a
/// leading "các"), and a form matches a run of words whose spelling is close enough for OCR slips
/// while the first word must agree, so that "Bộ" never passes for "Sở".
/// Names that look like agencies but match nothing are returned with a null key.
/// </summary>
internal sealed class AgencyMatcher
{
    private static readonly string[][] LevelWords =
        [["tinh"], ["huyen"], ["xa"], ["phuong"], ["quan"], ["thanh", "pho"], ["thi", "xa"], ["thi", "tran"]];

    private static readonly string[][] HeadWords =
    [
        ["so"], ["phong"], ["bo"], ["hoi"], ["dai"], ["bao"], ["cong"], ["truong"], ["vien"], ["cuc"], ["ban"],
        ["doan"], ["uy", "ban"], ["lien", "doan"], ["trung", "tam"], ["van", "phong"], ["chi", "cuc"],
        ["tinh", "doan"], ["huyen", "doan"], ["thanh", "doan"], ["mat", "tran"],
    ];

    internal readonly Dictionary<string, List<Variant>> _byFirstWord = new(StringComparer.Ordinal);

    public AgencyMatcher(IReadOnlyList<AgencyDirectoryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var forms = new List<Variant>();
        var places = new HashSet<string>(StringComparer.Ordinal);
        var names = entries
            .Select(e => (e.Key, Names: new[] { e.Name, e.ShortName }.Concat(e.Aliases ?? [])
                .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => TokenizedText.Create(n!)).Where(t => t.Count > 0).ToList()))
            .ToList();

        foreach (var (_, list) in names)
        {
            foreach (var name in list)
            {
                var words = Words(name);
                if (PlaceStart(words) is { } p && p.Place < words.Length)
                {
                    places.Add(string.Join(' ', words[p.Place..]));
                }
            }
        }

        foreach (var (key, list) in names)
        {
            foreach (var name in list)
            {
                AddForms(key, name, places, forms);
            }
        }

        // "Các địa phương" in a plan means the people's committees one level down.
        var localCommittees = names.FirstOrDefault(n => n.Names.Any(w => StartsWith(Words(w), "uy", "ban", "nhan", "dan", "cac")));
        if (localCommittees.Key is not null)
        {
            forms.Add(new Variant(localCommittees.Key, ["cac", "dia", "phuong"], 3));
        }

        // One form names one agency: when two agencies share a form, the one it states most fully keeps it.
        foreach (var group in forms.GroupBy(f => f.Joined, StringComparer.Ordinal))
        {
            var best = group.OrderBy(f => f.Strip).First();
            if (group.Any(f => f.Key != best.Key && f.Strip == best.Strip))
            {
                continue;
            }

            if (!_byFirstWord.TryGetValue(best.Words[0], out var bucket))
            {
                _byFirstWord[best.Words[0]] = bucket = [];
            }

            bucket.Add(best);
        }
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
            mentions.AddRange(UnknownMentions(text, taken));
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

    private static string[] Words(TokenizedText name) => name.Tokens.Select(t => t.Value).ToArray();

    private static void AddForms(string key, TokenizedText name, HashSet<string> places, List<Variant> forms)
    {
        void Add(string[] w, int strip)
        {
            if (w.Length >= 2)
            {
                forms.Add(new Variant(key, w, strip));
                if (w[0] == "cac" && w.Length >= 3)
                {
                    forms.Add(new Variant(key, w[1..], strip));
                }
            }
        }

        void AddWithPlaces(string[] words, int strip)
        {
            Add(words, strip);
            if (PlaceStart(words) is { } p)
            {
                Add(words[..p.Place], strip + 1);
                Add(words[..p.Level], strip + 2);
            }
            else
            {
                foreach (var place in places)
                {
                    var placeWords = place.Split(' ');
                    if (words.Length - placeWords.Length >= 2 && words[^placeWords.Length..].SequenceEqual(placeWords))
                    {
                        Add(words[..^placeWords.Length], strip + 1);
                    }
                }
            }
        }

        var words = Words(name);
        AddWithPlaces(words, 0);

        // "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" is also "Mặt trận Tổ quốc tỉnh", with or without "Việt Nam".
        var front = IndexOf(words, "mat", "tran", "to", "quoc");
        if (front >= 0)
        {
            var withoutVn = RemoveAt(words, IndexOf(words, "viet", "nam"), 2);
            AddWithPlaces(withoutVn, 1);
            if (front >= 2 && words[front - 2] == "uy" && words[front - 1] == "ban")
            {
                AddWithPlaces(RemoveAt(words, front - 2, 2), 1);
                AddWithPlaces(RemoveAt(withoutVn, front - 2, 2), 1);
            }
        }

        // "UBND các huyện, thành phố" is also written "các huyện, thành phố"; "UBND thành phố Tân An" is "thành phố Tân An".
        if (StartsWith(words, "uy", "ban", "nhan", "dan") && words.Length >= 6)
        {
            Add(words[4..], 1);
        }

        // A list-like group name answers to its parts: "Các tổ chức chính trị - xã hội, xã hội nghề nghiệp
        // và tổ chức xã hội" to "các tổ chức chính trị - xã hội", "Các tổ chức, đoàn thể" to "đoàn thể".
        var segments = Segments(name);
        if (segments.Count > 1)
        {
            if (segments[0].Length >= 4)
            {
                Add(segments[0], 2);
            }

            foreach (var segment in segments.Skip(1).Where(g => g.Length >= 2 && !g.Any(IsLevelish)))
            {
                Add(segment, 3);
            }
        }
    }

    private static List<string[]> Segments(TokenizedText name)
    {
        var segments = new List<string[]>();
        var current = new List<string>();
        for (var i = 0; i < name.Count; i++)
        {
            if (name.Tokens[i].CommaBefore && current.Count > 0)
            {
                segments.Add([.. current]);
                current.Clear();
            }

            current.Add(name[i]);
        }

        if (current.Count > 0)
        {
            segments.Add([.. current]);
        }

        return segments;
    }

    private static bool IsLevelish(string word) =>
        word is "tinh" or "huyen" or "xa" or "phuong" or "thi" or "thanh" or "pho" or "cap" or "quan" or "tran" or "so" or "ban" or "nganh";

    private static int IndexOf(string[] words, params string[] part)
    {
        for (var i = 0; i + part.Length <= words.Length; i++)
        {
            if (words.AsSpan(i, part.Length).SequenceEqual(part))
            {
                return i;
            }
        }

        return -1;
    }

    private static string[] RemoveAt(string[] words, int index, int count) =>
        index < 0 ? words : [.. words[..index], .. words[(index + count)..]];

    /// <summary>Where a trailing "tỉnh Long An" / "huyện Cần Đước" starts: the level word and the place after it.</summary>
    private static (int Level, int Place)? PlaceStart(string[] words)
    {
        for (var i = Math.Max(1, words.Length - 5); i < words.Length; i++)
        {
            foreach (var level in LevelWords)
            {
                var placeStart = i + level.Length;
                var placeLength = words.Length - placeStart;
                // A bare trailing level ("Hội Khuyến học huyện") drops too, but not the "các xã" / "cấp huyện" of a group.
                if (placeLength == 0 && (words[i - 1] is "cac" or "cap"))
                {
                    continue;
                }

                // "xã hội" (society) and "Tỉnh ủy" (party committee) are no places.
                if (placeLength > 0 && words[placeStart] is "hoi" or "uy")
                {
                    continue;
                }

                if (placeLength is >= 0 and <= 3 && words.AsSpan(i, level.Length).SequenceEqual(level)
                    && !words[placeStart..].Any(w => LevelWords.Any(l => l.Length == 1 && l[0] == w)))
                {
                    return (i, placeStart);
                }
            }
        }

        return null;
    }

    private static bool StartsWith(string[] words, params string[] prefix) =>
        words.Length >= prefix.Length && words.AsSpan(0, prefix.Length).SequenceEqual(prefix);

    /// <summary>
    /// Capitalised runs that start with an agency head word ("Bộ Giáo dục và Đào tạo") but match no
    /// directory form; issuers of cited documents ("của Ban Bí thư") are left out.
    /// </summary>
    private static IEnumerable<AgencyMention> UnknownMentions(TokenizedText text, bool[] taken)
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
            while (end < text.Count && !taken[end] && !text.Tokens[end].BreakBefore && !text.Tokens[end].CommaBefore)
            {
                if (IsUpper(text, end))
                {
                    previousUpper = true;
                }
                else if (previousUpper)
                {
                    // The second syllable of a capitalised word: "Giáo dục".
                    previousUpper = false;
                }
                else if ((text[end] == "va" || LevelWords.Any(l => l[0] == text[end]))
                    && end + 1 < text.Count && IsUpper(text, end + 1) && !text.Tokens[end + 1].CommaBefore)
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
            while (end > afterHead && (text[end - 1] == "va" || LevelWords.Any(l => l[0] == text[end - 1])) && !IsUpper(text, end - 1))
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

    internal sealed record Variant(string Key, string[] Words, int Strip)
    {
        public string Joined { get; } = string.Join(' ', Words);
    }
}
