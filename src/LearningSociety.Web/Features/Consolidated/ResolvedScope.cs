namespace LearningSociety.Web.Features.Consolidated;

/// <summary>
/// The period and unit a consolidation is about, the periods the user may switch to and the
/// breadcrumb up the unit tree. <see cref="Period"/> is null when the user has no period to see.
/// </summary>
public sealed record ResolvedScope(
    ScopeOutcome Outcome,
    IReadOnlyList<ResolvedScope.PeriodChoice> Periods,
    ResolvedScope.PeriodChoice? Period,
    ResolvedScope.Crumb? Unit,
    IReadOnlyList<ResolvedScope.Crumb> Breadcrumb)
{
    /// <summary>Whether the period was filed by units that no longer exist, so it can be shown under today's units.</summary>
    public bool Historic { get; init; }

    /// <summary>Whether the unit shown exists today (its history can be followed across the reform).</summary>
    public bool UnitIsCurrent { get; init; }

    /// <summary>The view shown; always <see cref="HistoryView.Reported"/> for a period that is not historic.</summary>
    public HistoryView View { get; init; }

    public static ResolvedScope Refused(ScopeOutcome outcome) => new(outcome, [], null, null, []);

    /// <param name="Label">"Năm 2024 · …/KH-BCĐ (Huyện Cần Đước)".</param>
    public sealed record PeriodChoice(int Id, string Name, string Plan, string PlanUnit, int PlanId, int Year)
    {
        public string Label => $"{Name} · {Plan} ({PlanUnit})";
    }

    /// <param name="InScope">Whether the user may open this unit's consolidation (a breadcrumb link).</param>
    public sealed record Crumb(int Id, string Name, string Path, bool InScope);
}
