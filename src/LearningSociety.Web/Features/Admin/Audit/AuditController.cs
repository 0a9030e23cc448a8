using LearningSociety.Web.Authorization;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Admin.Audit;

[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
public sealed class AuditController(AuditQueries queries) : Controller
{
    /// <summary>A date that cannot be read is reported next to its field and left out of the search.</summary>
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter, CancellationToken ct)
    {
        if (!DayText.TryParse(filter.From, out var from))
        {
            ModelState.AddModelError(nameof(AuditFilter.From), "Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 05/12/2024.");
        }

        if (!DayText.TryParse(filter.To, out var to))
        {
            ModelState.AddModelError(nameof(AuditFilter.To), "Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 31/12/2024.");
        }
        else if (from is { } f && to is { } t && t < f)
        {
            ModelState.AddModelError(nameof(AuditFilter.To), "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.");
            to = null;
        }

        return View(await queries.ListAsync(filter, new AuditRange(from, to), ct));
    }
}
