using System.Globalization;
using System.Text.RegularExpressions;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Text;

namespace LearningSociety.Domain.Importing;

/// <summary>Picks the deadline of a task from the phrases <see cref="DeadlineParser.FindAll"/> finds in it.</summary>
internal static partial class DeadlineChooser
{
    /// <summary>
    /// A stated date wins over a phase end, a phase end over "thường xuyên"; of several phase ends
    /// the last (the final review) wins. Phase names are mapped onto the plan's own phases by their end year.
    /// </summary>
    public static DeadlineRule? Choose(string text, int? contextYear, IReadOnlyList<DraftPhase> phases)
    {
        var rules = DeadlineParser.FindAll(text, contextYear).Where(r => Counts(text, r)).ToList();
        var dated = rules.FirstOrDefault(r => r.Kind is DeadlineKind.FixedDate or DeadlineKind.Quarter or DeadlineKind.Annual);
        if (dated is not null)
        {
            return dated;
        }

        var phase = rules.LastOrDefault(r => r.Kind == DeadlineKind.PhaseEnd);
        if (phase is not null)
        {
            return MapPhase(phase, phases);
        }

        return rules.FirstOrDefault(r => r.Kind == DeadlineKind.Ongoing);
    }

    public static DeadlineRule MapPhase(DeadlineRule rule, IReadOnlyList<DraftPhase> phases)
    {
        var years = Year().Matches(rule.PhaseName ?? string.Empty);
        if (years.Count == 0)
        {
            return rule;
        }

        var end = int.Parse(years[^1].Value, CultureInfo.InvariantCulture);
        var matching = phases.Where(p => p.EndYear == end).ToList();
        return matching.Count == 1 ? DeadlineRule.AtPhaseEnd(matching[0].Name, rule.Text) : rule;
    }

    /// <summary>
    /// "Hằng năm" qualifies a noun in the middle of a sentence ("chương trình bồi dưỡng chính trị hằng năm",
    /// "Khen thưởng hàng năm: …"); only where it opens a clause ("Hằng năm, bố trí …") does it schedule the task.
    /// </summary>
    private static bool Counts(string text, DeadlineRule rule)
    {
        if (rule.Kind != DeadlineKind.Ongoing || !YearlyOnly().IsMatch(VietnameseText.Fold(rule.Text)))
        {
            return true;
        }

        var at = text.IndexOf(rule.Text, StringComparison.Ordinal);
        if (at < 0)
        {
            return true;
        }

        var before = text[..at].TrimEnd();
        var opensClause = before.Length == 0 || ".;:".Contains(before[^1], StringComparison.Ordinal);
        var after = text[(at + rule.Text.Length)..].TrimStart();
        return opensClause && after.StartsWith(',');
    }

    [GeneratedRegex(@"^(?:hang|moi) nam$", RegexOptions.CultureInvariant)]
    private static partial Regex YearlyOnly();

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
