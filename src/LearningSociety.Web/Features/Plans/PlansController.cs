using LearningSociety.Infrastructure.Exports.Pdf;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Plans;

public sealed class PlansController(PlanQueries queries, IPdfRenderer pdf, TimeProvider clock) : Controller
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

    /// <summary>"Bảng phân công nhiệm vụ" as PDF, for whoever may read the plan.</summary>
    [HttpGet]
    public async Task<IActionResult> AssignmentsPdf(int id, CancellationToken ct)
    {
        if (await queries.DetailsAsync(id, ct) is not { } plan)
        {
            return NotFound();
        }

        using var buffer = new MemoryStream();
        pdf.Render(PlanAssignmentsPdf.Build(plan, clock.GetUtcNow()), buffer);
        return Download(buffer.ToArray(), "application/pdf", plan, "pdf");
    }

    /// <summary>"Bảng phân công nhiệm vụ" and the targets as a workbook, for whoever may read the plan.</summary>
    [HttpGet]
    public async Task<IActionResult> AssignmentsExcel(int id, CancellationToken ct) =>
        await queries.DetailsAsync(id, ct) is { } plan
            ? Download(PlanAssignmentsWorkbook.Build(plan, clock.GetUtcNow()), DownloadName.Xlsx, plan, "xlsx")
            : NotFound();

    private FileContentResult Download(byte[] content, string contentType, PlanDetailsModel plan, string extension)
    {
        Response.Headers.ContentDisposition = DownloadName.Disposition($"Bảng phân công nhiệm vụ - Kế hoạch {plan.Plan.DocumentNumber.Replace('/', '-')}", extension);
        return File(content, contentType);
    }
}
