using System.Globalization;
using System.Text.RegularExpressions;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Text;

namespace LearningSociety.Domain.Importing;

/// <summary>The plan's phases ("Giai đoạn 1 (từ 2023 - 2025)"), kind and years, from its headings and title.</summary>
internal static partial class PlanPeriodReader
{
    public static void Read(IEnumerable<OutlineItem> roots, PlanDraft draft)
    {
        ReadPhases(roots, draft);
        ReadKindAndPeriod(draft);
    }

    private static void ReadPhases(IEnumerable<OutlineItem> roots, PlanDraft draft)
    {
        foreach (var item in roots.SelectMany(r => r.SelfAndDescendants()))
        {
            var heading = TaskClassifier.Heading(item).Trim();
            var m = Phase().Match(VietnameseText.Fold(heading));
            if (m.Success && !draft.Phases.Any(p => p.Name == heading))
            {
                var from = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
                var to = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
                if (from <= to)
                {
                    draft.Phases.Add(new DraftPhase(VietnameseText.Nfc(heading), from, to, ReviewKind.Interim));
                }
            }
        }

        if (draft.Phases.Count > 0)
        {
            draft.Phases[^1] = draft.Phases[^1] with { Review = ReviewKind.Final };
        }
    }

    private static void ReadKindAndPeriod(PlanDraft draft)
    {
        var title = VietnameseText.Fold(draft.Title ?? string.Empty);
        var range = Range().Match(title);
        var until = Until().Match(title);
        var single = YearAtEnd().Match(title);
        draft.Kind = title.Contains("tong ket", StringComparison.Ordinal) || title.Contains("so ket", StringComparison.Ordinal)
            ? PlanKind.Review
            : title.Contains("thi dua", StringComparison.Ordinal)
                ? PlanKind.Emulation
                : single.Success && !range.Success && !until.Success ? PlanKind.Annual : PlanKind.Implementation;

        if (draft.Phases.Count > 0)
        {
            draft.PeriodStart = draft.Phases.Min(p => p.StartYear);
            draft.PeriodEnd = draft.Phases.Max(p => p.EndYear);
        }
        else if (draft.Kind != PlanKind.Review && range.Success)
        {
            draft.PeriodStart = int.Parse(range.Groups["a"].Value, CultureInfo.InvariantCulture);
            draft.PeriodEnd = int.Parse(range.Groups["b"].Value, CultureInfo.InvariantCulture);
        }
        else if (draft.Kind != PlanKind.Review && until.Success && draft.IssuedOn is { } issued
            && int.Parse(until.Groups["y"].Value, CultureInfo.InvariantCulture) >= issued.Year)
        {
            // "Xóa mù chữ đến năm 2020", issued in 2014: from the year of issue to the year named.
            draft.PeriodStart = issued.Year;
            draft.PeriodEnd = int.Parse(until.Groups["y"].Value, CultureInfo.InvariantCulture);
        }
        else if (draft.Kind == PlanKind.Annual)
        {
            draft.PeriodStart = draft.PeriodEnd = int.Parse(single.Groups["y"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            // Nothing in the title says: the year of issue is only a guess.
            draft.PeriodStart = draft.IssuedOn?.Year;
            draft.PeriodEnd = draft.Kind == PlanKind.Review ? draft.PeriodStart : null;
            draft.Uncertain.Add(DraftField.Period);
        }
    }

    [GeneratedRegex(@"^giai doan\s*(?:\d{1,2}\s*)?\(?\s*(?:tu\s*)?(?:nam\s*)?(?<a>\d{4})\s*(?:[-–]|den)\s*(?:nam\s*)?(?<b>\d{4})\s*\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Phase();

    [GeneratedRegex(@"(?:giai doan|nam hoc|nhiem ky[a-z ]{0,12}|tu nam|tu)?\s*(?<a>(?:19|20)\d{2})\s*(?:[-–]|den)\s*(?:nam\s*)?(?<b>(?:19|20)\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex Range();

    [GeneratedRegex(@"nam\s+(?<y>\d{4})\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex YearAtEnd();

    [GeneratedRegex(@"den nam\s+(?<y>(?:19|20)\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex Until();
}
