using Microsoft.Playwright;

namespace LearningSociety.BrowserTests.Infrastructure;

/// <summary>Ways through the portal that several scenarios share, taken as a user would (by links, not ids).</summary>
public static class PortalPages
{
    public const string ProvinceReviewer = "so.gddt@hoctap.local";

    public const string Plan770 = "770/KH-UBND";

    public static async Task OpenPlanAsync(this BrowserSession session, string documentNumber)
    {
        await session.GotoAsync("/Plans");
        await session.Page.GetByRole(AriaRole.Link, new() { Name = documentNumber, Exact = true }).ClickAsync();
        await session.Page.WaitForURLAsync("**/Plans/Details/**");
    }

    public static ILocator PlanRows(this IPage page) => page.Locator("main table tbody tr");

    public static ILocator Breadcrumb(this IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "breadcrumb" });

    public static Task<int> ScrollWidthAsync(this IPage page) => page.EvaluateAsync<int>("document.documentElement.scrollWidth");
}
