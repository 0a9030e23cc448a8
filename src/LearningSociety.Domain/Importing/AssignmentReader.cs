namespace LearningSociety.Domain.Importing;

/// <summary>
/// Works out who leads and who cooperates on each item, from the way Vietnamese plans word it:
/// the agencies a sentence opens with are its subject and lead ("Sở Tài chính phối hợp với …",
/// "Đề nghị Hội Khuyến học tỉnh …", "Giao phòng Giáo dục và Đào tạo …"); the list after a
/// "phối hợp với" said by the lead cooperates; an agency heading ("3. Sở Tài chính:") leads
/// the items under it, and a heading's "chủ trì, phối hợp với X:" makes X cooperate on them.
/// A "phối hợp với" inside what the lead tells someone else to do ("chỉ đạo Hội … phối hợp với …") does not count.
/// </summary>
internal static class AssignmentReader
{
    private static readonly string[][] SubjectPrefixes =
        [["de", "nghi"], ["giao"], ["yeu", "cau"], ["rieng"], ["dong", "thoi"], ["giam", "doc"], ["chu", "tich"], ["thu", "truong"]];

    private static readonly string[][] IntroClauses =
        [["tren", "co", "so"], ["can", "cu"], ["hang", "nam"], ["dinh", "ky"], ["trong", "qua", "trinh"], ["ngoai", "ra"]];

    private static readonly HashSet<string> ListFillers = new(StringComparer.Ordinal) { "va", "cac", "cung", "voi", "lien", "quan", "co", "nhu", "khac" };

    private static readonly HashSet<string> LeadWords = new(StringComparer.Ordinal) { "chu", "tri", "tiep", "tuc", "dong", "tich", "cuc" };

    private static readonly HashSet<string> PartnerFillers = new(StringComparer.Ordinal) { "cac", "thanh", "vien", "mot", "so", "chat", "che", "voi" };

    public static void Analyse(IEnumerable<OutlineItem> roots, AgencyMatcher matcher, bool caseless, ProposalBook proposals)
    {
        foreach (var root in roots)
        {
            Visit(root, [], [], matcher, caseless, proposals);
        }
    }

    /// <summary>Agencies the sentence starting at token <paramref name="start"/> opens with, and the token after them.</summary>
    public static (List<string> Keys, int End) SubjectAt(TokenizedText tokens, List<AgencyMention> mentions, int start)
    {
        if (!IntroClauses.Any(c => tokens.IsAtExactly(start, c)))
        {
            return SubjectRightAt(tokens, mentions, start);
        }

        // "Trên cơ sở …, Phòng Giáo dục và Đào tạo phối hợp …": the subject follows one of the next commas.
        var commas = 0;
        for (var i = start + 1; i < tokens.Count && !tokens.Tokens[i].BreakBefore && commas < 4; i++)
        {
            if (!tokens.Tokens[i].CommaBefore)
            {
                continue;
            }

            commas++;
            var found = SubjectRightAt(tokens, mentions, i);
            if (found.Keys.Count > 0)
            {
                return found;
            }
        }

        return ([], start);
    }

    /// <summary>A list of agencies joined by commas and "và": "Sở Tài chính, Sở Giáo dục và Đào tạo và các sở, ngành liên quan".</summary>
    public static (List<string> Keys, int End) Chain(TokenizedText tokens, List<AgencyMention> mentions, AgencyMention first)
    {
        var keys = new List<string> { first.Key! };
        var end = first.To;
        foreach (var next in mentions.Where(m => m.From >= first.To))
        {
            var gap = next.From - end;
            var fillersOnly = gap <= 6 && Enumerable.Range(end, gap).All(t => IsFiller(tokens[t], ListFillers));
            // Lists may run on after a semicolon ("… trên địa bàn tỉnh; Trung tâm Giáo dục thường xuyên tỉnh, …").
            var broken = Enumerable.Range(end, gap + 1).Any(t => t < tokens.Count && tokens.Tokens[t].BreakBefore
                && !(gap == 0 && tokens.BreakAt(t) == ';'));
            if (!fillersOnly || broken)
            {
                break;
            }

            keys.Add(next.Key!);
            end = next.To;
        }

        return (keys.Distinct(StringComparer.Ordinal).ToList(), end);
    }

    private static (List<string> Keys, int End) SubjectRightAt(TokenizedText tokens, List<AgencyMention> mentions, int start)
    {
        var i = start;
        foreach (var prefix in SubjectPrefixes)
        {
            if (tokens.IsAtExactly(i, prefix))
            {
                i += prefix.Length;
                break;
            }
        }

        var first = mentions.FirstOrDefault(m => m.From == i || (m.From == i + 1 && i < tokens.Count && TextSimilarity.WordsMatch(tokens[i], "cac")));
        return first is null ? ([], start) : Chain(tokens, mentions, first);
    }

    private static bool IsFiller(string word, HashSet<string> fillers) =>
        fillers.Contains(word) || fillers.Any(f => f.Length >= 3 && TextSimilarity.WordsMatch(word, f));

    private static void Visit(OutlineItem item, List<string> inheritedLead, List<string> inheritedCooperating, AgencyMatcher matcher, bool caseless, ProposalBook proposals)
    {
        var tokens = TokenizedText.Create(item.Body);
        item.Tokens = tokens;
        item.Mentions = matcher.Find(tokens, detectUnknown: !caseless)
            .Select(m => m.Key is null ? m with { Key = proposals.Register(m.Text, item.Paragraph.Line) } : m)
            .ToList();

        var (subject, _) = SubjectAt(tokens, item.Mentions, 0);
        if (subject.Count == 0 && inheritedLead.Count == 0)
        {
            foreach (var start in SentenceStarts(tokens).Skip(1))
            {
                (subject, _) = SubjectAt(tokens, item.Mentions, start);
                if (subject.Count > 0)
                {
                    break;
                }
            }
        }

        if (subject.Count == 0 && item.IsClosing)
        {
            subject = ClosingSubject(tokens, item.Mentions);
        }

        item.Subject.AddRange(subject);
        item.OwnCooperating.AddRange(Partners(tokens, item.Mentions));

        item.Lead.AddRange(subject.Count > 0 ? subject : inheritedLead);
        var cooperating = subject.Count > 0 ? item.OwnCooperating : inheritedCooperating.Concat(item.OwnCooperating);
        item.Cooperating.AddRange(cooperating.Distinct(StringComparer.Ordinal).Where(k => !item.Lead.Contains(k)));

        foreach (var child in item.Children)
        {
            Visit(child, item.Lead, item.Cooperating, matcher, caseless, proposals);
        }
    }

    /// <summary>
    /// The closing paragraph names who carries the plan out in mid-sentence: "Trên đây là Kế hoạch …, các sở,
    /// ngành tỉnh, UBND các huyện, thị xã, thành phố triển khai thực hiện."
    /// </summary>
    private static List<string> ClosingSubject(TokenizedText tokens, List<AgencyMention> mentions)
    {
        foreach (var mention in mentions.Where(m => m.From > 0 && tokens.Tokens[m.From].CommaBefore))
        {
            var (keys, end) = Chain(tokens, mentions, mention);
            for (var at = end; at <= end + 6 && at < tokens.Count; at++)
            {
                if (tokens.IsAt(at, "trien", "khai") || tokens.IsAt(at, "thuc", "hien") || tokens.IsAt(at, "phoi", "hop")
                    || tokens.IsAt(at, "phan", "anh") || tokens.IsAt(at, "bao", "cao"))
                {
                    return keys;
                }
            }
        }

        return [];
    }

    /// <summary>The agencies after each "phối hợp (với)" that the lead itself says.</summary>
    private static List<string> Partners(TokenizedText tokens, List<AgencyMention> mentions)
    {
        var partners = new List<string>();
        foreach (var p in tokens.FindAll("phoi", "hop"))
        {
            var start = tokens.SentenceStart(p);
            var saidByLead = Enumerable.Range(start, p - start).All(t => LeadWords.Contains(tokens[t]));
            if (!saidByLead)
            {
                var (subject, end) = SubjectAt(tokens, mentions, start);
                // "Sở Giáo dục và Đào tạo - Thường trực Ban Chỉ đạo … chủ trì, phối hợp với …": the role in between is no new subject.
                saidByLead = subject.Count > 0 && end <= p && p - end <= 16
                    && !mentions.Any(m => m.From >= end && m.From < p && !(m.From > 0 && tokens[m.From - 1] == "truc"));
            }

            if (!saidByLead)
            {
                continue;
            }

            var q = p + 2;
            var first = mentions.FirstOrDefault(m => m.From >= q && m.From <= q + 4
                && Enumerable.Range(q, m.From - q).All(t => IsFiller(tokens[t], PartnerFillers)));
            if (first is not null && tokens.WithinSentence(p, first.From + 1))
            {
                partners.AddRange(Chain(tokens, mentions, first).Keys);
            }
        }

        return partners;
    }

    private static IEnumerable<int> SentenceStarts(TokenizedText tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i == 0 || tokens.Tokens[i].BreakBefore)
            {
                yield return i;
            }
        }
    }
}
