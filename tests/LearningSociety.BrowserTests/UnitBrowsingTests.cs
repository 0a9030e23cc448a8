using LearningSociety.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class UnitBrowsingTests(BrowserFixture browser)
{
    [Fact]
    public async Task Walking_down_from_the_province_to_a_commune_keeps_the_path_in_the_breadcrumb()
    {
        await using var session = await browser.NewSignedInSessionAsync();
        var page = session.Page;
        await session.GotoAsync("/Units");

        // Long An, with its districts, is the three-level list in force before 01/07/2025.
        await page.GetByRole(AriaRole.Link, new() { Name = "Trước 01/07/2025 (3 cấp)" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tỉnh Long An", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tỉnh Long An");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Huyện Cần Đước", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Huyện Cần Đước");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Xã Long Hựu Đông", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Xã Long Hựu Đông");

        var crumbs = page.Breadcrumb().GetByRole(AriaRole.Listitem);
        await Expect(crumbs).ToHaveTextAsync(["Đơn vị hành chính", "Tỉnh Long An", "Huyện Cần Đước", "Xã Long Hựu Đông"]);
        await Expect(crumbs.Last).ToHaveAttributeAsync("aria-current", "page");

        // The breadcrumb lines up with the page it belongs to.
        var crumbLeft = (await page.Breadcrumb().Locator("ol").BoundingBoxAsync())!.X;
        var headingLeft = (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).BoundingBoxAsync())!.X;
        Assert.InRange(crumbLeft, headingLeft - 1, headingLeft + 1);

        // The commune merged on 01/07/2025: it was valid until the day before, and the sentence ends cleanly.
        await Expect(page.Locator("dt:has-text('Hiệu lực') + dd")).ToHaveTextAsync("đến 30/06/2025");
        var merged = (await page.Locator("p", new() { HasText = "Sáp nhập vào" }).InnerTextAsync()).Trim();
        Assert.False(merged.EndsWith(';'), $"stray separator: {merged}");

        // The breadcrumb leads back up.
        await page.Breadcrumb().GetByRole(AriaRole.Link, new() { Name = "Huyện Cần Đước" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Huyện Cần Đước");
        await page.GoBackAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Xã Long Hựu Đông");
        await session.ScreenshotAsync("05-unit-commune");
        session.AssertNoBrowserProblems();
    }
}
