using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;

namespace LearningSociety.Domain.Importing;

/// <summary>Who reports to whom, how often and by when, as one sentence of the plan states it.</summary>
public sealed record DraftReportingRule(
    string From,
    string To,
    ReportFrequency Frequency,
    DeadlineRule? Deadline,
    string Text,
    int Line = 0)
{
    /// <summary>Sections of the report (đề cương), when the plan attaches one.</summary>
    public IReadOnlyList<(string Number, string Title)> Outline { get; init; } = [];
}
