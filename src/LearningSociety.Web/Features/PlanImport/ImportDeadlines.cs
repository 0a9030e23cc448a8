using System.Globalization;
using LearningSociety.Domain.Deadlines;
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
}
