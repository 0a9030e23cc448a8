using LearningSociety.Domain.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Admin.Users;

[Area("Admin")]
[Authorize(Roles = Roles.Admin)]
public sealed class UsersController(UserQueries queries) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.ListAsync(ct));
}
