using System.Diagnostics;
using LearningSociety.Web.Features.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Home;

public sealed class HomeController(HomeQueries queries) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.OverviewAsync(User, ct));

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
    public IActionResult Status(int code)
    {
        ViewData["StatusCode"] = code;
        return View("Status");
    }
}
