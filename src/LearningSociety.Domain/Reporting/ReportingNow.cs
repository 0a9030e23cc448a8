using LearningSociety.Domain.Plans;

namespace LearningSociety.Domain.Reporting;

/// <summary>
/// What the first screen calls "now" (docs/ux.md): the periods of this year, and a period whose
/// deadline passed only recently (a late report still matters in early January). Older periods
/// are history, closed or not: they are never shown as due today ("quá hạn 728 ngày").
/// </summary>
public static class ReportingNow
{
    /// <summary>How long after its deadline a period from last year is still "now".</summary>
    public const int LateWindowDays = 60;

    public static bool IsCurrent(int periodYear, DateOnly deadline, DateOnly today) =>
        periodYear >= today.Year || deadline.DayNumber >= today.DayNumber - LateWindowDays;

    /// <summary>
    /// Whether a plan's tasks are due today: it is active, runs this year, and its issuer still
    /// exists or a period of this year was opened for it (the successor carried it over). A plan
    /// completed, past its last year, or left behind by an abolished issuer is history.
    /// </summary>
    public static bool PlanInForce(PlanStatus status, int periodEndYear, bool issuerValid, bool hasPeriodThisYear, int year) =>
        status == PlanStatus.Active && periodEndYear >= year && (issuerValid || hasPeriodThisYear);
}
