using LearningSociety.Web.Features.Dashboard;
using LearningSociety.Web.Features.Reports;

namespace LearningSociety.Web.Features.Home;

/// <summary>
/// The first screen after sign-in, by role (docs: ux.md): a filer sees what is due, a district
/// office what waits for review and who has not reported, a provincial reviewer the dashboard
/// summary, a leader the one-screen summary, an administrator the administration pages.
/// </summary>
public sealed record HomeModel(OverviewModel Overview, HomeRole Role, MyReportsModel? Reports, DashboardModel? Dashboard);
