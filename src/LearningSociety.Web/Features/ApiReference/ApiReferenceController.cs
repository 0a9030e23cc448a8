using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.ApiReference;

/// <summary>"Tài liệu API": the OpenAPI document read by the portal's own script (no CDN, nothing inline).</summary>
[Authorize]
public sealed class ApiReferenceController : Controller
{
    [HttpGet("/ApiReference")]
    public IActionResult Index() => View();
}
