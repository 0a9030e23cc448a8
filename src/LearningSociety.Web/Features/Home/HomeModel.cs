using LearningSociety.Web.Features.Dashboard;
using LearningSociety.Web.Features.Reports;

namespace LearningSociety.Web.Features.Home;

/// <summary>
/// The first screen after sign-in, by role (docs: ux.md), always about now: a filer sees what is
/// due this year, a district office what waits for review and who has not reported, a provincial
/// reviewer this year's reports received against expected, a leader this year's figures beside
/// last year's, an administrator the administration pages. Older periods are history, one link away.
/// </summary>
/// <param name="Dashboard">The consolidation of the current period (reviewers and leaders); null when no period is due now.</param>
/// <param name="SampleData">Something shown comes from a demo sample plan: the page says its figures are synthetic.</param>
public sealed record HomeModel(OverviewModel Overview, HomeRole Role, MyReportsModel? Reports, DashboardModel? Dashboard, bool SampleData)
{
    /// <summary>Last year's point of the same plan, beside this year's (leaders).</summary>
    public DashboardModel.TrendPoint? LastYear => Dashboard?.Period is { } p ? Dashboard.Trend.FirstOrDefault(t => t.Year == p.Year - 1 && t.HasPeriod) : null;

    public DashboardModel.TrendPoint? ThisYear => Dashboard?.Period is { } p ? Dashboard.Trend.FirstOrDefault(t => t.Year == p.Year) : null;

    /// <summary>How many other periods due now the page summarises beside the main one.</summary>
    public const int MaxOtherPeriods = 3;

    /// <summary>The other periods due now (a district plan carried across the reform beside the province's own), each with its trend.</summary>
    public IReadOnlyList<DashboardModel> OtherPeriods { get; init; } = [];
}
