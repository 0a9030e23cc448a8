using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Agencies;

public sealed class AgenciesController(AgencyQueries queries) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] AgencyFilter filter, CancellationToken ct) =>
        View(await queries.ListAsync(filter, ct));

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await queries.DetailsAsync(id, ct) is { } model ? View(model) : NotFound();
}
