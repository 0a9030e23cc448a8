using LearningSociety.Domain.Deadlines;
using LearningSociety.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Shared;

/// <summary>
/// On every page of an account bound to a body that has ended (a district's Phòng GD&amp;ĐT, the Sở
/// of a merged province): when it ended, who took over, and who can move the account. The account
/// keeps reading the history it filed. Read once per version of the data, agency and day (<see cref="FreshCache"/>).
/// </summary>
public sealed class EndedBodyNoticeViewComponent(AppDbContext db, UserScopeProvider scope, TimeProvider clock, FreshCache cache) : ViewComponent
{
    public sealed record Notice(string Agency, DateOnly EndedOn, string? Successor, string WhomToAsk);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        // On the outage page (503) the database is what is missing.
        if (HttpContext.Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            return Content("");
        }

        var user = await scope.GetAsync(HttpContext.RequestAborted);
        if (user.AgencyId is not { } agencyId)
        {
            return Content("");
        }

        var today = VietnamTime.Today(clock);
        var notice = await cache.GetOrCreateAsync($"ended|{agencyId}|{today.DayNumber}", () => NoticeAsync(agencyId, today, HttpContext.RequestAborted));
        return notice is null ? Content("") : View("~/Features/Shared/_EndedBodyNotice.cshtml", notice);
    }

    private async Task<Notice?> NoticeAsync(int agencyId, DateOnly today, CancellationToken ct)
    {
        var ended = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId && a.ValidTo != null && a.ValidTo < today)
            .Select(a => new
            {
                a.Name,
                EndedOn = a.ValidTo!.Value,
                Successor = a.Successor != null ? a.Successor.Name : null,
                SuccessorKey = a.Successor != null ? a.Successor.Key : null,
                Province = a.Successor != null ? a.Successor.Unit!.Path : null,
            })
            .SingleOrDefaultAsync(ct);
        if (ended is null)
        {
            return null;
        }

        // The Sở GD&ĐT of the province the successor belongs to manages the accounts of its communes and bodies.
        var provinceId = ended.Province is { } path ? Domain.Units.UnitPath.Ids(path)[0] : (int?)null;
        var so = provinceId is { } id
            ? await db.Agencies.AsNoTracking().Where(a => a.UnitId == id && a.Key.EndsWith(":so-gddt") && a.ValidTo == null)
                .Select(a => a.Name).FirstOrDefaultAsync(ct)
            : null;
        var ask = so is null || ended.Successor == so ? "quản trị viên hệ thống" : "quản trị viên hệ thống hoặc " + so;
        return new Notice(ended.Name, ended.EndedOn, ended.Successor, ask);
    }
}
