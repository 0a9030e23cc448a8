using System.Diagnostics;
using LearningSociety.Web.Features.Account;
using LearningSociety.Web.Features.Dashboard;
using LearningSociety.Web.Features.Reports;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Home;

public sealed class HomeController(HomeQueries queries, UserScopeProvider scope, ReportQueries reports, DashboardQueries dashboards) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var user = await scope.GetAsync(ct);
        var role = HomeRoles.Of(user);
        var overview = await queries.OverviewAsync(User, ct);
        var mine = role is HomeRole.Filer or HomeRole.District or HomeRole.Province ? (await reports.MineAsync(user, ct)).Now() : null;
        var periods = role is HomeRole.Province or HomeRole.Leader ? await queries.CurrentPeriodsAsync(user, role == HomeRole.Province, ct) : [];
        var dashboard = periods.Count > 0 ? await dashboards.BuildAsync(user, periods[0], null, false, ct) : null;
        var others = new List<DashboardModel>();
        foreach (var id in periods.Skip(1).Take(HomeModel.MaxOtherPeriods))
        {
            others.Add(await dashboards.BuildAsync(user, id, null, false, ct));
        }

        int[] shown = [.. overview.MyTasks.Select(t => t.PlanId), .. mine?.Own.Select(r => r.PlanId) ?? [], .. mine?.ToReview.Select(r => r.PlanId) ?? [], .. dashboard?.Period is { } p ? [p.PlanId] : Array.Empty<int>(),
            .. others.Select(o => o.Period?.PlanId).OfType<int>()];
        var sample = await queries.AnySampleAsync([.. shown.Distinct()], ct);
        return View(new HomeModel(overview, role, mine, dashboard, sample) { OtherPeriods = others });
    }

    // Re-executed with the failed request's method: a POST that failed must not fail again on its token here.
    [AllowAnonymous]
    [AllowWithoutTwoFactor]
    [IgnoreAntiforgeryToken]
    [ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
    public IActionResult Error()
    {
        ViewData["RequestId"] = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        return View("Error");
    }

    [AllowAnonymous]
    [AllowWithoutTwoFactor]
    [IgnoreAntiforgeryToken]
    [Route("/Home/Status/{code:int}")]
    // Read from the route by hand, not bound: re-executed for a failed POST, binding would read that POST's
    // form, whose own "Code" field (two-factor code) would win, and a form that cannot be read (a NUL
    // character in it) would leave the code at 0.
    public IActionResult Status()
    {
        var status = int.TryParse(RouteData.Values["code"] as string, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 400;
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath is { } original
            && original.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            // A program calling the API wants a problem it can read, not the portal's HTML page.
            return Problem(statusCode: status, title: status == StatusCodes.Status404NotFound ? "Không có địa chỉ này trong API." : "Yêu cầu không thực hiện được.");
        }

        ViewData["StatusCode"] = status;
        return View("Status");
    }
}
