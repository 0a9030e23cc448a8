namespace LearningSociety.Domain.Rollup;

/// <summary>How a roll-up reads the reports.</summary>
public sealed record RollupOptions
{
    /// <summary>
    /// True: only approved reports count (the figures a parent can sign off on).
    /// False: submitted and approved reports count. Drafts and returned reports never count.
    /// </summary>
    public bool ApprovedOnly { get; init; }

    /// <summary>The day in Vietnam on which task statuses are judged (from <c>VietnamTime.Today</c>).</summary>
    public required DateOnly Today { get; init; }
}
