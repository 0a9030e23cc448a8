namespace LearningSociety.Domain.Importing;

/// <summary>
/// The word sequences each directory agency may be written as: its name, short name and aliases,
/// each with and without the place ("tỉnh Long An"), without a leading "các", with and without
/// "Ủy ban … Việt Nam" for the Fatherland Front, "các huyện, thành phố" for the district people's
/// committees, the parts of list-like group names, and "các địa phương" for the committees one level down.
/// </summary>
internal static class AgencyForms
{
    private static readonly string[][] LevelWords =
        [["tinh"], ["huyen"], ["xa"], ["phuong"], ["quan"], ["thanh", "pho"], ["thi", "xa"], ["thi", "tran"]];

    /// <summary>Forms by their first word; a form two agencies share goes to the one it names most fully, or to none.</summary>
    public static Dictionary<string, List<AgencyForm>> ByFirstWord(IReadOnlyList<AgencyDirectoryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byFirstWord = new Dictionary<string, List<AgencyForm>>(StringComparer.Ordinal);
        var forms = new List<AgencyForm>();
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
            forms.Add(new AgencyForm(localCommittees.Key, ["cac", "dia", "phuong"], 3));
        }

        // One form names one agency: when two agencies share a form, the one it states most fully keeps it.
        foreach (var group in forms.GroupBy(f => f.Joined, StringComparer.Ordinal))
        {
            var best = group.OrderBy(f => f.Strip).First();
            if (group.Any(f => f.Key != best.Key && f.Strip == best.Strip))
            {
                continue;
            }

            if (!byFirstWord.TryGetValue(best.Words[0], out var bucket))
            {
                byFirstWord[best.Words[0]] = bucket = [];
            }

            bucket.Add(best);
        }

        return byFirstWord;
    }

    private static string[] Words(TokenizedText name) => name.Tokens.Select(t => t.Value).ToArray();

    private static void AddForms(string key, TokenizedText name, HashSet<string> places, List<AgencyForm> forms)
    {
        void Add(string[] w, int strip)
        {
            if (w.Length >= 2)
            {
                forms.Add(new AgencyForm(key, w, strip));
                if (w[0] == "cac" && w.Length >= 3)
                {
                    forms.Add(new AgencyForm(key, w[1..], strip));
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

}
