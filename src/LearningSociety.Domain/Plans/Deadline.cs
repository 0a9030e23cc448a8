using LearningSociety.Domain.Deadlines;

namespace LearningSociety.Domain.Plans;

/// <summary>Stored form of a <see cref="DeadlineRule"/>: one column per field, never free text alone.</summary>
public class Deadline
{
    public DeadlineKind Kind { get; set; }
    public DateOnly? Date { get; set; }
    public int? Year { get; set; }
    public int? Quarter { get; set; }
    public int? Day { get; set; }
    public int? Month { get; set; }
    public string? PhaseName { get; set; }
    public string Text { get; set; } = "";

    public DeadlineRule ToRule() => Kind switch
    {
        DeadlineKind.FixedDate => DeadlineRule.Fixed(Date!.Value, Text),
        DeadlineKind.Quarter => DeadlineRule.InQuarter(Year!.Value, Quarter!.Value, Text),
        DeadlineKind.Annual => DeadlineRule.EveryYear(Day!.Value, Month!.Value, Text),
        DeadlineKind.PhaseEnd => DeadlineRule.AtPhaseEnd(PhaseName!, Text),
        _ => DeadlineRule.OngoingRule(Text),
    };

    public static Deadline From(DeadlineRule rule) => new()
    {
        Kind = rule.Kind,
        Date = rule.Date,
        Year = rule.Year,
        Quarter = rule.Quarter,
        Day = rule.Day,
        Month = rule.Month,
        PhaseName = rule.PhaseName,
        Text = rule.Text,
    };
}
