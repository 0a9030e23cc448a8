using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Plans;

public sealed class PlansController(PlanQueries queries) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] PlanFilter filter, CancellationToken ct) =>
        View(await queries.ListAsync(filter, ct));

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await queries.DetailsAsync(id, ct) is { } plan ? View(plan) : NotFound();

    [HttpGet]
    public async Task<IActionResult> Source(int id, CancellationToken ct) =>
        await queries.SourceAsync(id, ct) is { } source ? View(source) : NotFound();
}
