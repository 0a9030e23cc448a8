using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Text;

namespace LearningSociety.Domain.Importing;

/// <summary>
/// Reads reporting duties from sentences with "báo cáo": who reports (the sentence's subject or the
/// item's lead), to whom ("báo cáo X", "về X", "với X", and "(thông) qua X" for the agency that
/// consolidates), how often and by when. "… về Phòng GD&amp;ĐT để tổng hợp báo cáo UBND huyện"
/// chains: the consolidating agency reports on.
/// </summary>
internal static class ReportingReader
{
    private static readonly HashSet<string> Towards = new(StringComparer.Ordinal) { "ve", "voi", "cho", "len", "den", "qua" };

    public static void Read(IEnumerable<OutlineItem> roots, PlanDraft draft, int? year, IReadOnlyList<(string Number, string Title)> outline)
    {
        foreach (var item in roots.SelectMany(r => r.SelfAndDescendants()).Where(i => (i.IsTask || i.IsClosing) && i.Tokens is not null))
        {
            var tokens = item.Tokens!;
            string? lastTo = null;
            var lastSentence = -1;
            // "Phản ánh về …" reports difficulties the way "báo cáo về …" reports results.
            foreach (var p in tokens.FindAll("bao", "cao").Concat(tokens.FindAll("phan", "anh")).Order())
            {
                var start = tokens.SentenceStart(p);
                var end = SentenceEnd(tokens, p);
                if (start != lastSentence)
                {
                    lastTo = null;
                    lastSentence = start;
                }

                var (subject, _) = AssignmentReader.SubjectAt(tokens, item.Mentions, start);
                var lead = subject.Count > 0 ? subject : item.Lead;
                var sentence = tokens.Slice(start, end);
                var deadline = DeadlineParser.FindAll(sentence, year)
                    .FirstOrDefault(r => r.Kind is DeadlineKind.FixedDate or DeadlineKind.Annual or DeadlineKind.Quarter);
                var frequencies = Frequencies(sentence, deadline, draft.Kind).ToList();
                void Add(IEnumerable<string> senders, IEnumerable<string> receiversOf)
                {
                    foreach (var frequency in frequencies)
                    {
                        foreach (var from in senders)
                        {
                            foreach (var to in receiversOf.Where(r => r != from))
                            {
                                if (!draft.Reporting.Any(r => r.From == from && r.To == to && r.Frequency == frequency))
                                {
                                    draft.Reporting.Add(new DraftReportingRule(from, to, frequency, deadline, VietnameseText.Nfc(sentence), item.Paragraph.Line) { Outline = outline });
                                }
                            }
                        }
                    }
                }

                // "tổng hợp báo cáo của các sở, ngành …": they report to the one who consolidates.
                var of = item.Mentions.FirstOrDefault(m => tokens.IsAt(p + 2, "cua") && (m.From == p + 3 || (m.From == p + 4 && tokens[p + 3] == "cac")));
                if (of is not null)
                {
                    Add(AssignmentReader.Chain(tokens, item.Mentions, of).Keys, lead);
                }

                // "… trình UBND tỉnh": the lead submits the report.
                var submitted = item.Mentions.FirstOrDefault(m => m.From > p && m.From < end && m.From > 0 && tokens[m.From - 1] == "trinh");
                if (submitted is not null)
                {
                    Add(lead, AssignmentReader.Chain(tokens, item.Mentions, submitted).Keys);
                }

                var receivers = Receivers(tokens, item.Mentions, p, end);
                if (receivers.Count == 0)
                {
                    continue;
                }

                var consolidates = lastTo is not null && (tokens.IsAt(p - 2, "tong", "hop") || tokens.IsAt(p - 3, "tong", "hop"));
                Add(consolidates ? [lastTo!] : lead, receivers);
                lastTo = receivers[0];
            }
        }
    }

    private static int SentenceEnd(TokenizedText tokens, int from)
    {
        for (var i = from + 1; i < tokens.Count; i++)
        {
            // A bracket ("(thông qua phòng …)") does not end the sentence.
            if (tokens.Tokens[i].BreakBefore && ".;".Contains(Gap(tokens, i), StringComparison.Ordinal))
            {
                return i;
            }
        }

        return tokens.Count;
    }

    private static char Gap(TokenizedText tokens, int i)
    {
        var gap = tokens.Source[tokens.Tokens[i - 1].End..tokens.Tokens[i].Start];
        return gap.FirstOrDefault(c => ".;:()".Contains(c, StringComparison.Ordinal));
    }

    private static List<string> Receivers(TokenizedText tokens, List<AgencyMention> mentions, int p, int end)
    {
        var via = mentions.FirstOrDefault(m => m.From > p && m.From < end && m.From > 0 && tokens[m.From - 1] == "qua");
        if (via is not null)
        {
            return AssignmentReader.Chain(tokens, mentions, via).Keys;
        }

        var first = mentions.FirstOrDefault(m => m.From > p && m.From < end
            && (m.From == p + 2 || Towards.Contains(tokens[m.From - 1]) || tokens.IsAt(m.From - 2, "bao", "cao")));
        return first is null ? [] : AssignmentReader.Chain(tokens, mentions, first).Keys;
    }

    private static IEnumerable<ReportFrequency> Frequencies(string sentence, DeadlineRule? deadline, PlanKind kind)
    {
        var folded = VietnameseText.Fold(sentence);
        bool Has(string s) => folded.Contains(s, StringComparison.Ordinal);

        if (Has("theo yeu cau") || Has("kho khan") || Has("vuong mac") || Has("kip thoi") || Has("dot xuat"))
        {
            yield return ReportFrequency.OnRequest;
            yield break;
        }

        var yearly = deadline?.Kind is DeadlineKind.Annual || Has("hang nam") || Has("moi nam") || Has("dinh ky") || deadline?.Kind is DeadlineKind.FixedDate;
        var quarterly = Has("hang quy") || Has("moi quy");
        var phase = (Has("so ket") || Has("tong ket")) && Has("giai doan");
        if (quarterly)
        {
            yield return ReportFrequency.Quarterly;
        }

        if (yearly)
        {
            yield return ReportFrequency.Annual;
        }

        if (phase)
        {
            yield return ReportFrequency.Phase;
        }

        if (!quarterly && !yearly && !phase)
        {
            yield return kind == PlanKind.Review ? ReportFrequency.Once : ReportFrequency.Annual;
        }
    }
}
