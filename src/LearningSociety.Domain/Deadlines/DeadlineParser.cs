using System.Globalization;
using System.Text.RegularExpressions;
using LearningSociety.Domain.Text;

namespace LearningSociety.Domain.Deadlines;

/// <summary>
/// Reads the deadlines Vietnamese plans write in prose ("trong quý II năm 2020",
/// "trước ngày 10/12 hằng năm", "sơ kết giai đoạn 2023 - 2025", "thường xuyên"),
/// with or without diacritics.
/// </summary>
/// <remarks>
/// Matching runs on <see cref="VietnameseText.Fold"/>ed text so OCR output that lost its
/// accents reads the same as clean text; matches are mapped back so each rule keeps the
/// wording exactly as written.
/// </remarks>
public static partial class DeadlineParser
{
    // Ranks decide which reading wins when phrases overlap, and which one Parse returns
    // when a text holds several: a stated date is more precise than a phase, and a
    // phase more precise than "thường xuyên" / "hằng năm".
    private const int DatedRank = 0;
    private const int PhaseRangeRank = 1;
    private const int PhaseYearRank = 2;
    private const int OngoingRank = 3;

    /// <summary>
    /// The deadline stated by <paramref name="text"/>, or null when it states none.
    /// <paramref name="contextYear"/> completes a day and month written without a year.
    /// </summary>
    public static DeadlineRule? Parse(string text, int? contextYear = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        Candidate? best = null;
        foreach (var candidate in Scan(trimmed, contextYear))
        {
            if (best is null || candidate.Rank < best.Rank)
            {
                best = candidate;
            }
        }

        return best?.Create(trimmed);
    }

    /// <summary>Every deadline phrase in a paragraph, in reading order, each with its own wording as <see cref="DeadlineRule.Text"/>.</summary>
    public static IReadOnlyList<DeadlineRule> FindAll(string text, int? contextYear = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Scan(text, contextYear)
            .Select(c => c.Create(text[c.Start..c.End].Trim()))
            .ToList();
    }

    /// <summary>Non-overlapping readings of <paramref name="text"/>, in reading order, with original-text positions.</summary>
    private static List<Candidate> Scan(string text, int? contextYear)
    {
        var folded = VietnameseText.FoldWithMap(text, out var map);
        var candidates = new List<Candidate>();
        AddDates(folded, contextYear, candidates);
        AddQuarters(folded, contextYear, candidates);
        AddPhases(folded, contextYear, candidates);
        AddOngoing(folded, candidates);

        // A bare "ngày dd/mm/yyyy" is usually a cited document's date or a reporting window,
        // not a deadline: drop those the blockers recognise.
        var blockers = Blockers().Matches(folded);
        candidates.RemoveAll(c => c.Bare && blockers.Any(b => c.Start < b.Index + b.Length && b.Index < c.End));

        var chosen = new List<Candidate>();
        foreach (var candidate in candidates
            .OrderBy(c => c.Rank)
            .ThenBy(c => c.Start)
            .ThenByDescending(c => c.End - c.Start))
        {
            if (!chosen.Any(c => candidate.Start < c.End && c.Start < candidate.End))
            {
                chosen.Add(candidate);
            }
        }

        return chosen
            .OrderBy(c => c.Start)
            .Select(c => c with { Start = map[c.Start], End = OriginalEnd(text, map[c.End - 1]) })
            .ToList();
    }

    private static void AddDates(string folded, int? contextYear, List<Candidate> candidates)
    {
        foreach (Match m in DatePhrase().Matches(folded))
        {
            var hasNgay = m.Groups["ngay"].Success;
            var hasYear = m.Groups["y"].Success;
            // Without "ngày" only a full d/m/yyyy after "trước" / "chậm nhất" is safe to read
            // as a date ("trong 2-3 năm" is not one).
            if (!hasNgay && (!hasYear || m.Groups["sep"].Value != "/"))
            {
                continue;
            }

            var day = Int(m.Groups["d"]);
            var month = Int(m.Groups["m"]);
            var start = m.Index;
            var end = m.Index + m.Length;
            var bare = !m.Groups["trigger"].Success;

            if (hasYear)
            {
                if (TryDate(Int(m.Groups["y"]), month, day) is { } date)
                {
                    candidates.Add(new Candidate(start, end, DatedRank, bare, t => DeadlineRule.Fixed(date, t)));
                }

                continue;
            }

            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2024, month))
            {
                continue;
            }

            var annual = m.Groups["annual"].Success;
            if (!annual)
            {
                // "Hằng năm, gửi báo cáo trước ngày 10/12": the yearly marker may open the clause.
                var clauseStart = folded.LastIndexOfAny(ClauseEnds, Math.Max(start - 1, 0)) + 1;
                var before = AnnualMarker().Match(folded, clauseStart, start - clauseStart);
                if (before.Success)
                {
                    annual = true;
                    start = before.Index;
                }
            }

            if (annual)
            {
                candidates.Add(new Candidate(start, end, DatedRank, false, t => DeadlineRule.EveryYear(day, month, t)));
            }
            else if (contextYear is { } year && TryDate(year, month, day) is { } date)
            {
                candidates.Add(new Candidate(start, end, DatedRank, bare, t => DeadlineRule.Fixed(date, t)));
            }
        }
    }

    private static void AddQuarters(string folded, int? contextYear, List<Candidate> candidates)
    {
        foreach (Match m in QuarterPhrase().Matches(folded))
        {
            var year = m.Groups["y"].Success ? Int(m.Groups["y"]) : contextYear;
            if (year is not { } y || y is < 1 or > 9999)
            {
                continue;
            }

            var quarter = m.Groups["q"].Value switch
            {
                "i" or "1" => 1,
                "ii" or "2" => 2,
                "iii" or "3" => 3,
                _ => 4,
            };
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, DatedRank, false, t => DeadlineRule.InQuarter(y, quarter, t)));
        }
    }

    private static void AddPhases(string folded, int? contextYear, List<Candidate> candidates)
    {
        foreach (Match m in PhaseRangePhrase().Matches(folded))
        {
            var from = Int(m.Groups["a"]);
            var to = Int(m.Groups["b"]);
            if (from > to)
            {
                continue;
            }

            var name = PhaseName(from, to);
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, PhaseRangeRank, false, t => DeadlineRule.AtPhaseEnd(name, t)));
        }

        foreach (var m in PhaseYearAfterPhrase().Matches(folded).Concat(PhaseYearBeforePhrase().Matches(folded)))
        {
            var to = Int(m.Groups["b"]);
            // "Năm 2025 sơ kết" names only the end year; the plan's year supplies the start,
            // otherwise the phase is known by its end year alone (DueDateFor matches on it).
            var name = contextYear is { } from && from < to
                ? PhaseName(from, to)
                : string.Create(CultureInfo.InvariantCulture, $"Năm {to}");
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, PhaseYearRank, false, t => DeadlineRule.AtPhaseEnd(name, t)));
        }
    }

    private static void AddOngoing(string folded, List<Candidate> candidates)
    {
        foreach (Match m in OngoingPhrase().Matches(folded))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, OngoingRank, false, DeadlineRule.OngoingRule));
        }
    }

    private static string PhaseName(int from, int to) =>
        string.Create(CultureInfo.InvariantCulture, $"Giai đoạn {from} - {to}");

    private static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Int(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    // Folding drops combining marks, so a match ending on a decomposed letter must take its marks along.
    private static int OriginalEnd(string text, int lastIndex)
    {
        var end = lastIndex + 1;
        while (end < text.Length && CharUnicodeInfo.GetUnicodeCategory(text[end]) == UnicodeCategory.NonSpacingMark)
        {
            end++;
        }

        return end;
    }

    private static readonly char[] ClauseEnds = ['.', ';', ':', '!', '?', '\n'];

    /// <param name="Bare">A date introduced only by "ngày", which citations and reporting windows also use.</param>
    private sealed record Candidate(int Start, int End, int Rank, bool Bare, Func<string, DeadlineRule> Create);

    // All patterns run on folded text: lower-case, no diacritics, single spaces.

    [GeneratedRegex(
        @"(?<![a-z0-9])(?:(?<trigger>(?:hoan thanh |xong |gui |nop )?(?:truoc|cham nhat(?: la)?|han(?: chot)?(?: la)?|vao|trong)) )?(?<ngay>ngay )?" +
        @"(?<d>\d{1,2})(?:\s*(?<sep>[/.-])\s*(?<m>\d{1,2})(?:\s*\k<sep>\s*(?<y>\d{4}))?|\s+thang\s+(?<m>\d{1,2})(?:\s*,?\s*nam\s+(?<y>\d{4}))?)(?!\d)" +
        @"(?(y)|(?!\s*[/.-]\s*\d)(?<annual>\s*,?\s*(?:hang|moi) nam(?![a-z0-9]))?)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DatePhrase();

    [GeneratedRegex(@"(?<![a-z0-9])(?:hang|moi) nam(?![a-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex AnnualMarker();

    [GeneratedRegex(
        @"(?<![a-z0-9])(?:(?:hoan thanh|thuc hien|xong) )?(?:(?:trong|vao|den het|cuoi) )?quy (?<q>iv|iii|ii|i|[1-4])(?![a-z0-9])" +
        @"(?:\s*[/,-]?\s*(?:nam\s+)?(?<y>\d{4})(?!\d))?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex QuarterPhrase();

    [GeneratedRegex(
        @"(?<![a-z])(?:so ket|tong ket)[^.;:!?]{0,80}?giai doan\s+(?:tu\s+)?(?:nam\s+)?(?<a>\d{4})\s*(?:[-–—]|den(?:\s+nam)?)\s*(?<b>\d{4})(?!\d)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PhaseRangePhrase();

    [GeneratedRegex(
        @"(?<![a-z])(?:so ket|tong ket)[^.;:!?]{0,60}?(?<![a-z])(?<!thang \d{1,2}\s*,?\s*)nam\s+(?<b>\d{4})(?!\d)(?!\s*[-–—]\s*\d)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PhaseYearAfterPhrase();

    [GeneratedRegex(
        @"(?<![a-z])(?<!thang \d{1,2}\s*,?\s*)nam\s+(?<b>\d{4})(?!\d)\s*,?\s*(?:(?:se|tien hanh|to chuc|thuc hien) )?(?:so ket|tong ket)(?![a-z])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PhaseYearBeforePhrase();

    // "Giáo dục thường xuyên" (continuing education), "học tập thường xuyên" (lifelong
    // learning), "chi thường xuyên" (recurrent spending) and "kế hoạch / ngân sách hằng năm"
    // name things, not schedules. "duc" and "hoc t…" also catch OCR spellings ("gido duc", "hoc tip").
    [GeneratedRegex(
        @"(?<![a-z])(?:(?<!(?:duc|chi|hoc|hoc t\S{0,3}|kinh phi|nguon|du toan) )thuong xuyen" +
        @"|(?<!(?:ke hoach|ngan sach|nha nuoc|du toan|xa hoi) )hang nam)(?![a-z0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex OngoingPhrase();

    private const string DateAny =
        @"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\d{1,2}\s+thang\s+\d{1,2}(?:\s*,?\s*nam\s+\d{4})?";

    [GeneratedRegex(
        @"(?<![a-z])tu\s+ngay\s+(?:" + DateAny + @")\s*(?:den|-|–)\s*(?:het\s+)?(?:ngay\s+)?(?:" + DateAny + ")" +
        @"|\d[\w.-]*/[\w./-]*[a-z][\w./-]*\s*,?\s*ngay\s+(?:" + DateAny + ")" +
        @"|(?<![a-z])(?:quyet dinh|ke hoach|nghi dinh|nghi quyet|thong tu|chi thi|ket luan|cong van|van ban|luat|thong bao|huong dan|de an|so|qd|kh|nq|tt|ct|cv)\s+\d\S*\s*,?\s*ngay\s+(?:" + DateAny + ")" +
        @"|ngay\s+(?:" + DateAny + @")\s*,?\s*(?:cua|ve viec)(?![a-z])" +
        // The place-and-date line of a document header; OCR often garbles its "năm".
        @"|,\s*ngay\s+\d{1,2}\s+thang\s+\d{1,2}(?:\s*,?\s*\S+\s+\d{4})?",
        RegexOptions.CultureInvariant)]
    private static partial Regex Blockers();
}
