using Microsoft.Playwright;

namespace LearningSociety.BrowserTests.Infrastructure;

/// <summary>Ways through the portal that several scenarios share, taken as a user would (by links, not ids).</summary>
public static class PortalPages
{
    public const string ProvinceReviewer = "so.gddt@hoctap.local";

    /// <summary>UBND xã Long Hựu Đông, a commune of Cần Đước; its demo report starts out returned.</summary>
    public const string CommuneOfficer = "xa.longhuudong@hoctap.local";

    /// <summary>Phòng GD&amp;ĐT Cần Đước: reviews the communes' reports and files its own.</summary>
    public const string DistrictOffice = "phong.gddt.canduoc@hoctap.local";

    public const string Leader = "lanhdao@hoctap.local";

    public const string Admin = "admin@hoctap.local";

    /// <summary>The Cần Đước plan has no number of its own.</summary>
    public const string PlanCanDuoc = "…/KH-BCĐ";

    public const string Plan770 = "770/KH-UBND";

    public static async Task OpenPlanAsync(this BrowserSession session, string documentNumber)
    {
        await session.GotoAsync("/Plans");
        await session.Page.GetByRole(AriaRole.Link, new() { Name = documentNumber, Exact = true }).ClickAsync();
        await session.Page.WaitForURLAsync("**/Plans/Details/**");
    }

    public static ILocator PlanRows(this IPage page) => page.Locator("main table tbody tr");

    public static ILocator Breadcrumb(this IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "breadcrumb" });

    /// <summary>Scrolls the element to the top of the window, so a screenshot of the window starts with it.</summary>
    public static Task ScrollToTopAsync(this ILocator locator) => locator.EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");

    public static Task<int> ScrollWidthAsync(this IPage page) => page.EvaluateAsync<int>("document.documentElement.scrollWidth");
}
