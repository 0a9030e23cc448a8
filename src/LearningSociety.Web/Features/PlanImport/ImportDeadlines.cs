using System.Globalization;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Infrastructure.Importing;
using LearningSociety.Infrastructure.Seeding;

namespace LearningSociety.Web.Features.PlanImport;

/// <summary>A draft deadline as the rule the portal will apply, described in Vietnamese.</summary>
public static class ImportDeadlines
{
    public static DeadlineRule? Rule(DeadlineSeed? d)
    {
        if (d is null)
        {
            return null;
        }

        var text = d.Text ?? "";
        try
        {
            return d.Kind switch
            {
                "fixedDate" when DateOnly.TryParseExact(d.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) =>
                    DeadlineRule.Fixed(date, text),
                "quarter" when d is { Year: { } y, Quarter: { } q } => DeadlineRule.InQuarter(y, q, text),
                "annual" when d is { Day: { } day, Month: { } month } => DeadlineRule.EveryYear(day, month, text),
                "phaseEnd" when d.Phase is { } phase => DeadlineRule.AtPhaseEnd(phase, text),
                "ongoing" => DeadlineRule.OngoingRule(text),
                _ => null,
            };
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The deadline as the reviewer left it: the importer's own reading while the wording is unchanged,
    /// otherwise the wording read again; false when changed wording states no deadline the portal knows.
    /// </summary>
    public static bool TryTyped(string? typed, DeadlineSeed? read, int? year, out DeadlineSeed? deadline)
    {
        var text = string.IsNullOrWhiteSpace(typed) ? null : typed.Trim();
        deadline = read;
        if (string.Equals(text, read?.Text?.Trim(), StringComparison.Ordinal))
        {
            return true;
        }

        deadline = text is null ? null : PlanDraftMapper.Deadline(DeadlineParser.Parse(text, year));
        return text is null || deadline is not null;
    }
}
