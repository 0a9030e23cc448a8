namespace LearningSociety.Web.Features.Consolidated;

/// <summary>
/// GET /api/consolidated, serialised camelCase. Percentages are 0–100 rounded to two decimals and
/// null when nothing was expected (or, for a target, nothing received). <c>View</c> is "current" (a
/// pre-reform period under today's units), "reported" (as filed) or null (a period with one view only).
/// </summary>
public sealed record ConsolidatedApiModel(
    ConsolidatedApiModel.UnitRef Unit,
    ConsolidatedApiModel.PeriodRef Period,
    bool ApprovedOnly,
    int Expected,
    int Received,
    int OnTime,
    decimal? Completeness,
    decimal? Timeliness,
    IReadOnlyList<ConsolidatedApiModel.Target> Targets,
    ConsolidatedApiModel.Child? OwnReport,
    IReadOnlyList<ConsolidatedApiModel.Child> Children,
    string? View,
    IReadOnlyList<ConsolidatedApiModel.SharedUnit> SharedUnits)
{
    /// <summary>An old unit split between several of today's units; <paramref name="Counted"/>: whether this answer's totals include it.</summary>
    public sealed record SharedUnit(string Name, IReadOnlyList<string> Successors, bool Counted);

    /// <param name="Id">The unit id; null for an agency reporting at its parent's unit.</param>
    public sealed record UnitRef(int? Id, string Name, string? Level);

    public sealed record PeriodRef(int Id, string Name, int Year, DateOnly Deadline, int PlanId, string Plan);

    /// <param name="Kind">Percentage, UnitsReaching, Count, YesNo or Level.</param>
    /// <param name="Numerator">Percentage: sum of numerators; units-reaching and yes/no: units reaching or answering yes; count: the sum.</param>
    /// <param name="Value">The headline: a percent for the share kinds, the sum for a count, the lowest level for a level.</param>
    /// <param name="Missing">Reporters expected to answer this target that have not (yet).</param>
    public sealed record Target(
        string Code,
        string Name,
        string Kind,
        decimal Numerator,
        decimal Denominator,
        decimal? Value,
        decimal? TargetValue,
        bool? BelowTarget,
        int Missing);

    /// <param name="ReportId">The reporter's own report, for a leaf or an agency; null for a unit with units below.</param>
    /// <param name="AgencyId">Set for an agency (MTTQ, a phòng…) reporting at the parent's unit.</param>
    public sealed record Child(
        UnitRef Unit,
        int? AgencyId,
        int? ReportId,
        string? Status,
        int Expected,
        int Received,
        int OnTime,
        decimal? Completeness,
        decimal? Timeliness,
        IReadOnlyList<Target> Targets);
}
