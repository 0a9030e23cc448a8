using LearningSociety.Domain.Deadlines;

namespace LearningSociety.Domain.Rollup;

/// <summary>
/// One unit's own report for a period: only the unit's own figures, never a consolidation of
/// its children (the roll-up does the consolidating, so a consolidated figure here would be
/// counted twice).
/// </summary>
public sealed record ReportFigures
{
    public required ReportStatus Status { get; init; }

    /// <summary>When the report was (last) submitted, as an instant; null when never submitted.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>The last day, in Vietnam, on which the report is on time.</summary>
    public required DateOnly Deadline { get; init; }

    /// <summary>Figures by target id.</summary>
    public IReadOnlyDictionary<int, TargetFigure> Targets { get; init; } = new Dictionary<int, TargetFigure>();

    /// <summary>Task progress by task id.</summary>
    public IReadOnlyDictionary<int, TaskReport> Tasks { get; init; } = new Dictionary<int, TaskReport>();

    /// <summary>
    /// Submitted before the deadline day ended in Vietnam (UTC+7): 23:59 local on the deadline day
    /// is on time, 00:00 the next day (17:00 UTC on the deadline day) is late.
    /// </summary>
    public bool IsOnTime =>
        SubmittedAt is { } at && DateOnly.FromDateTime(VietnamTime.ToVietnam(at).DateTime) <= Deadline;

    /// <summary>Whether this report counts at all: never a draft or a returned report.</summary>
    public bool Counts(RollupOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Status == ReportStatus.Approved || (Status == ReportStatus.Submitted && !options.ApprovedOnly);
    }
}
