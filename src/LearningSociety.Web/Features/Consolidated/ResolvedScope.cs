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
    public static ResolvedScope Refused(ScopeOutcome outcome) => new(outcome, [], null, null, []);

    /// <param name="Label">"Năm 2024 · …/KH-BCĐ (Huyện Cần Đước)".</param>
    public sealed record PeriodChoice(int Id, string Name, string Plan, string PlanUnit, int PlanId, int Year)
    {
        public string Label => $"{Name} · {Plan} ({PlanUnit})";
    }

    /// <param name="InScope">Whether the user may open this unit's consolidation (a breadcrumb link).</param>
    public sealed record Crumb(int Id, string Name, string Path, bool InScope);
}
