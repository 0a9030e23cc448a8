using LearningSociety.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PageHealthTests(BrowserFixture browser)
{
    [Fact]
    public async Task Every_page_loads_its_styles_scripts_and_icons_without_errors()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        var visited = new List<string>();

        await session.GotoAsync("/Account/Login");
        await AssertStyledAsync(page, visited);
        await session.SignInAsync(PortalPages.ProvinceReviewer);
        foreach (var path in new[] { "/", "/Plans", "/Plans?q=xoa+mu+chu&level=District", "/Units", "/Agencies", "/Account/ChangePassword" })
        {
            await session.GotoAsync(path);
            await AssertStyledAsync(page, visited);
        }

        await session.OpenPlanAsync(PortalPages.Plan770);
        await AssertStyledAsync(page, visited);
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem toàn văn" }).ClickAsync();
        await page.WaitForURLAsync("**/Plans/Source/**");
        await AssertStyledAsync(page, visited);

        await session.GotoAsync("/Agencies");
        await page.GetByRole(AriaRole.Main).Locator("table tbody tr a[href^='/Agencies/Details/']").First.ClickAsync();
        await page.WaitForURLAsync("**/Agencies/Details/**");
        await AssertStyledAsync(page, visited);

        await session.GotoAsync("/Units");
        await page.GetByRole(AriaRole.Main).Locator("table tbody tr a[href^='/Units?id=']").First.ClickAsync();
        await page.WaitForURLAsync("**/Units?id=**");
        await AssertStyledAsync(page, visited);

        Assert.Equal(11, visited.Count);
        session.AssertNoBrowserProblems();
    }

    /// <summary>Bootstrap, site.css and the icon sprite really arrived: a 404 would leave the page unstyled.</summary>
    private static async Task AssertStyledAsync(IPage page, List<string> visited)
    {
        // Network idle: late requests (the browser's own favicon fetch among them) are in before we judge.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(page.Locator("nav.navbar")).ToHaveCSSAsync("display", "flex");
        await Expect(page.Locator("nav.navbar")).ToHaveCSSAsync("background-color", "rgb(11, 61, 110)");
        // The brand's icon is drawn from the sprite: an empty box means the sprite or the symbol is missing.
        await page.WaitForFunctionAsync("() => { const u = document.querySelector('.navbar-brand svg.bi use'); return !!u && u.getBBox().width > 0; }");
        var bootstrapScript = await page.EvaluateAsync<bool>("() => typeof window.bootstrap === 'object'");
        Assert.True(bootstrapScript, $"bootstrap.bundle.js did not run on {page.Url}");
        visited.Add(page.Url);
    }
}
