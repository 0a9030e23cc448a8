using System.Globalization;
using System.Text.RegularExpressions;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Text;

namespace LearningSociety.Domain.Importing;

/// <summary>
/// Reads measurable targets from the target sections of a plan ("Mục tiêu", "Chỉ tiêu"): each
/// figure makes one target, so "40% … năng lực thông tin; 40% … kỹ năng sống" gives two.
/// "100% xã … đạt chuẩn" counts units reaching a standard; "40% số người …" is a share of people;
/// "mức độ 2" a level; "Huyện duy trì phổ cập …" without a figure a yes/no.
/// </summary>
internal static partial class TargetReader
{
    private static readonly string[][] UnitSubjects =
    [
        ["xa"], ["phuong"], ["thi", "tran"], ["huyen"], ["tinh"], ["co", "quan"], ["don", "vi"], ["truong"], ["trung", "tam"],
        ["thon"], ["ap"], ["khu", "pho"], ["to", "dan", "pho"],
    ];

    public static void Read(IEnumerable<OutlineItem> roots, int? year, PlanDraft draft)
    {
        foreach (var item in roots.SelectMany(r => r.SelfAndDescendants()))
        {
            if (!InTargetSection(item))
            {
                continue;
            }

            var (contextYear, sure) = YearOf(item, year);
            foreach (var clause in Clauses(item.Body).SelectMany(EachFigure))
            {
                // "… và phải đạt 60% vào năm 2030": a year in the sentence itself beats its heading's.
                var own = ClauseYear().Match(VietnameseText.Fold(clause));
                var clauseYear = own.Success ? int.Parse(own.Groups["y"].Value, CultureInfo.InvariantCulture) : contextYear;
                if (Read(clause, item, clauseYear, draft.Targets.Count + 1) is { } target)
                {
                    draft.Targets.Add(own.Success || sure ? target : target with { Uncertain = true });
                }
            }
        }
    }

    /// <summary>
    /// The year a target is set for, from the nearest heading that says ("Mục tiêu đến năm 2025", "a) Phấn đấu đến năm 2025",
    /// "Giai đoạn 2026 – 2030"); failing that the plan's last year, marked as a guess. "Hằng năm" has no single year: a guess too.
    /// </summary>
    private static (int? Year, bool Sure) YearOf(OutlineItem item, int? planYear)
    {
        foreach (var heading in item.Ancestors().Prepend(item))
        {
            var folded = VietnameseText.Fold(TaskClassifier.Heading(heading));
            if (heading != item || item.Children.Count > 0 || folded.Length <= 60)
            {
                var m = HeadingYear().Match(folded);
                if (m.Success)
                {
                    return (int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), true);
                }

                if (folded.Contains("hang nam", StringComparison.Ordinal) || folded.Contains("hàng năm", StringComparison.Ordinal))
                {
                    return (planYear, false);
                }
            }
        }

        return (planYear, false);
    }

    /// <summary>"Có 100% quận, huyện, thị xã và 99,7% đơn vị cấp xã …": each figure of a sentence is its own target.</summary>
    private static IEnumerable<string> EachFigure(string clause)
    {
        var figures = Percent().Matches(clause).ToList();
        var start = 0;
        for (var k = 1; k < figures.Count; k++)
        {
            var from = figures[k - 1].Index + figures[k - 1].Length;
            var between = clause[from..figures[k].Index];
            var cut = Math.Max(between.LastIndexOf(" và ", StringComparison.Ordinal), between.LastIndexOf(", ", StringComparison.Ordinal));
            if (cut >= 0 && between.Length - cut <= 40)
            {
                yield return clause[start..(from + cut)].Trim().TrimEnd(',');
                start = from + cut + (between[cut..].StartsWith(" và ", StringComparison.Ordinal) ? 4 : 2);
            }
        }

        yield return clause[start..].Trim();
    }

    private static bool InTargetSection(OutlineItem item)
    {
        foreach (var heading in item.Ancestors().Prepend(item))
        {
            var folded = VietnameseText.Fold(TaskClassifier.Heading(heading));
            if (folded.Contains("muc tieu", StringComparison.Ordinal) || folded.Contains("chi tieu", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sentences, ";"-clauses, the part after a "Heading:" and ", Huyện …" / ", trong đó …" continuations.</summary>
    private static IEnumerable<string> Clauses(string body)
    {
        foreach (var sentence in SentenceSplit().Split(body))
        {
            var text = sentence;
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0 && colon < text.Length - 1 && !Percent().IsMatch(text[..colon]))
            {
                text = text[(colon + 1)..];
            }

            foreach (var part in ClauseSplit().Split(text))
            {
                var trimmed = part.Trim().TrimEnd('.', ',').Trim();
                if (trimmed.Length > 0)
                {
                    yield return trimmed;
                }
            }
        }
    }

    private static DraftTarget? Read(string clause, OutlineItem item, int? year, int ordinal)
    {
        var code = "T" + ordinal.ToString(CultureInfo.InvariantCulture);
        if (Rating(clause, code, item, year) is { } rating)
        {
            return rating;
        }

        var percent = Percent().Match(clause);
        if (percent.Success)
        {
            var value = decimal.Parse(percent.Groups["v"].Value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture);
            var subject = clause[(percent.Index + percent.Length)..].Trim();
            var kind = IsUnits(subject) ? TargetKind.UnitsReaching : TargetKind.Percentage;
            return new DraftTarget(code, Name(subject), kind, value, clause, item.Number, "%", year, item.Paragraph.Line);
        }

        var tokens = TokenizedText.Create(clause);
        var levelAt = tokens.FindAll("muc").FirstOrDefault(i => i + 1 < tokens.Count && Level(tokens, i + 1) is not null, -1);
        var achieves = tokens.FindAll("duy", "tri").Any() || tokens.FindAll("dat", "chuan").Any();
        if (levelAt >= 0 && achieves)
        {
            var level = Level(tokens, levelAt + 1)!.Value;
            return new DraftTarget(code, Name(clause), TargetKind.Level, level, clause, item.Number, "mức độ", year, item.Paragraph.Line);
        }

        if (achieves && !(tokens.Count > 0 && tokens[0].All(char.IsAsciiDigit)))
        {
            return new DraftTarget(code, Name(clause), TargetKind.YesNo, 1, clause, item.Number, null, year, item.Paragraph.Line);
        }

        var count = Count().Match(VietnameseText.Fold(clause));
        if (count.Success)
        {
            var value = decimal.Parse(count.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            var start = clause.IndexOf(count.Groups["n"].Value, StringComparison.Ordinal) + count.Groups["n"].Value.Length;
            return new DraftTarget(code, Name(clause[start..]), TargetKind.Count, value, clause, item.Number, count.Groups["unit"].Value, year, item.Paragraph.Line);
        }

        return null;
    }

    /// <summary>
    /// "97/204 cộng đồng học tập xếp loại tốt" or "50% cộng đồng học tập xếp loại khá trở lên": a rating
    /// target on the default scale whose goal is that share at or above the level named.
    /// </summary>
    private static DraftTarget? Rating(string clause, string code, OutlineItem item, int? year)
    {
        var match = RatingShare().Match(VietnameseText.FoldWithMap(clause, out var map));
        var levels = RatingScale.Default.Levels;
        var goalLevels = match.Success ? levels.ToList().FindIndex(l => VietnameseText.Fold(l) == match.Groups["level"].Value) + 1 : 0;
        if (goalLevels < 1 || goalLevels >= levels.Count)
        {
            return null;
        }

        var value = match.Groups["p"].Success
            ? decimal.Parse(match.Groups["p"].Value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture)
            : decimal.Parse(match.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture) is var d and > 0
                ? Math.Round(decimal.Parse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture) * 100 / d, 2, MidpointRounding.AwayFromZero)
                : -1;
        if (value is < 0 or > 100)
        {
            return null;
        }

        var group = match.Groups["unit"];
        var start = map[group.Index];
        var unit = clause[start..(map[group.Index + group.Length - 1] + 1)];
        var scale = new RatingScale(levels, goalLevels);
        return new DraftTarget(code, Name(clause[start..]), TargetKind.RatingDistribution, value, clause, item.Number,
            unit is { Length: > 0 and <= 64 } ? unit : null, year, item.Paragraph.Line, Rating: scale.Store());
    }

    /// <summary>"mức độ 2": the number after "mức" and at most one short word ("độ", OCR "dj").</summary>
    private static int? Level(TokenizedText tokens, int at)
    {
        for (var i = at; i <= at + 1 && i < tokens.Count; i++)
        {
            if (tokens[i].Length == 1 && char.IsAsciiDigit(tokens[i][0]))
            {
                return tokens[i][0] - '0';
            }

            if (tokens[i].Length > 3)
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsUnits(string subject)
    {
        var tokens = TokenizedText.Create(subject);
        var i = 0;
        while (i < tokens.Count && tokens[i] is "cac" or "so" or "tong")
        {
            i++;
        }

        if (UnitSubjects.Any(u => tokens.IsAtExactly(i, u)) || (i < tokens.Count && TextSimilarity.WordsMatch(tokens[i], "trung")))
        {
            return true;
        }

        // Schools and other establishments are counted as units when they reach a standard or title.
        return tokens.IsAtExactly(i, ["co", "so"]) && (tokens.FindAll("dat", "chuan").Any() || tokens.FindAll("dat", "danh", "hieu").Any());
    }

    private static string Name(string text)
    {
        var t = LeadIn().Replace(text.Trim(), string.Empty).Trim().TrimEnd('.', ',', ';');
        return t.Length == 0 ? text : char.ToUpper(t[0], CultureInfo.GetCultureInfo("vi-VN")) + t[1..];
    }

    [GeneratedRegex(@"(?:(?<n>\d{1,6})\s*/\s*(?<d>\d{1,6})|(?<p>\d{1,3}(?:[.,]\d{1,2})?)\s*%)\s+(?:so\s+)?(?<unit>[a-z ]+?)\s+(?:duoc\s+)?xep loai\s+(?:tu\s+)?(?<level>tot|kha|trung binh)(?:\s+tro len)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex RatingShare();

    [GeneratedRegex(@"(?<v>\d{1,3}(?:[.,]\d{1,2})?)\s*%", RegexOptions.CultureInvariant)]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?:den|vao|trong)\s+nam\s+(?<y>(?:19|20)\d{2})|giai doan\s*(?:(?:19|20)\d{2})\s*[-–]\s*(?<y>(?:19|20)\d{2})|^(?:muc tieu|chi tieu)?\s*nam\s+(?<y>(?:19|20)\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingYear();

    [GeneratedRegex(@"(?:den|vao)\s+nam\s+(?<y>(?:19|20)\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseYear();

    [GeneratedRegex(@"(?<=[.;])\s+|;", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceSplit();

    // ", Huyện duy trì …" starts a new statement; so does ", trong đó …".
    [GeneratedRegex(@",\s+(?=\p{Lu})|,\s*(?=trong (?:đó|do|d6|dó)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseSplit();

    [GeneratedRegex(@"^(?:co\s+)?(?<n>\d{1,6})\s+(?<unit>lop|nguoi|mo hinh|xa|truong|trung tam|hoc vien|cau lac bo)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Count();

    [GeneratedRegex(@"^(?:trong (?:đó|do)\s*,?\s*)?(?:có\s+)?(?:trên\s+)?(?:số\s+)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();
}
