using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Units;

public sealed class UnitsController(UnitQueries queries) : Controller
{
    /// <summary>The tree one level at a time: the roots valid on a day, or one unit with its children.</summary>
    [HttpGet]
    public async Task<IActionResult> Index(int? id, DateOnly? date, CancellationToken ct) =>
        await queries.BrowseAsync(id, date, ct) is { } model ? View(model) : NotFound();
}
