using LearningSociety.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Admin.UnsentMail;

/// <summary>E-mails the mail server has refused or not answered, with the last error: what an administrator checks when reminders do not arrive.</summary>
[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
public sealed class UnsentMailController(UnsentMailQueries queries) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.ListAsync(ct));
}
