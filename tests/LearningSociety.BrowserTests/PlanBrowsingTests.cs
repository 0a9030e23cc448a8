using System.Text.RegularExpressions;
using LearningSociety.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed partial class PlanBrowsingTests(BrowserFixture browser)
{
    // The Cần Đước plan leaves its number blank in the source, hence "…".
    private static readonly string[] FivePlans = ["129/KH-UBND", "770/KH-UBND", "144/KH-UBND", "137/KH-UBND", "…/KH-BCĐ"];

    [Fact]
    public async Task The_plan_list_searches_without_accents_and_filters_by_level()
    {
        await using var session = await browser.NewSignedInSessionAsync();
        var page = session.Page;
        await session.GotoAsync("/Plans");

        // The five seed plans and the demo's sample plan of the new Tây Ninh.
        await Expect(page.PlanRows()).ToHaveCountAsync(6);
        foreach (var number in FivePlans)
        {
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true })).ToBeVisibleAsync();
        }

        await session.ScreenshotAsync("03-plans");

        await page.GetByLabel("Tìm kiếm").FillAsync("xoa mu chu");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(SearchedForXoaMuChu());
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = PortalPages.Plan770, Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Tìm kiếm")).ToHaveValueAsync("xoa mu chu");
        Assert.True(await page.PlanRows().CountAsync() < 6, "the search did not narrow the list");
        await session.ScreenshotAsync("03-plans-search-xoa-mu-chu");

        await page.GetByRole(AriaRole.Link, new() { Name = "Xóa bộ lọc" }).ClickAsync();
        await Expect(page.PlanRows()).ToHaveCountAsync(6);
        await page.GetByLabel("Cấp", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Cấp huyện" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(FilteredToDistricts());

        var rows = page.PlanRows();
        await Expect(rows.Filter(new() { HasText = PortalPages.Plan770 })).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "129/KH-UBND", Exact = true })).ToHaveCountAsync(0);
        var levels = await page.Locator("main table tbody td[data-label='Cấp']").AllInnerTextsAsync();
        Assert.NotEmpty(levels);
        Assert.All(levels, level => Assert.Equal("Cấp huyện", level.Trim()));
        Assert.True(levels.Count < 6, "the level filter did not narrow the list");
        await Expect(page.GetByLabel("Cấp", new() { Exact = true })).ToHaveValueAsync("District");
        await session.ScreenshotAsync("03-plans-district-level");
        session.AssertNoBrowserProblems();
    }

    [Fact]
    public async Task A_plan_page_shows_its_header_legal_basis_targets_tasks_and_source_text()
    {
        await using var session = await browser.NewSignedInSessionAsync();
        var page = session.Page;
        await session.OpenPlanAsync(PortalPages.Plan770);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kế hoạch số 770/KH-UBND");
        await Expect(page.GetByText("22/02/2024")).ToBeVisibleAsync();
        await Expect(page.Breadcrumb()).ToContainTextAsync(PortalPages.Plan770);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Căn cứ ban hành" })).ToBeVisibleAsync();

        var targets = page.GetByRole(AriaRole.Region, new() { Name = "Chỉ tiêu", Exact = true }).GetByRole(AriaRole.Table);
        await Expect(targets).ToBeVisibleAsync();
        Assert.True(await targets.Locator("tbody tr").CountAsync() > 0, "the targets table is empty");

        var taskWithLead = page.Locator("li.plan-tree-task").Filter(new() { Has = page.GetByText("Cơ quan chủ trì", new() { Exact = true }) }).First;
        await Expect(taskWithLead).ToBeVisibleAsync();
        await Expect(taskWithLead.Locator("dd").First).Not.ToBeEmptyAsync();
        await Expect(page.GetByText("20/11/2024").First).ToBeVisibleAsync();
        await session.ScreenshotAsync("04-plan-770");
        await session.ScreenshotAsync("04-plan-770-top", fullPage: false);

        await page.GetByRole(AriaRole.Link, new() { Name = "Xem toàn văn" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(SourcePage());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Văn bản gốc: Kế hoạch 770/KH-UBND");
        var text = await page.Locator("pre.source-text").InnerTextAsync();
        Assert.True(text.Length > 1_000, $"the source text is only {text.Length} characters");
        Assert.Contains("770", text, StringComparison.Ordinal);
        await session.ScreenshotAsync("04-plan-770-source");
        session.AssertNoBrowserProblems();
    }

    [GeneratedRegex(@"/Plans\?q=xoa\+mu\+chu")]
    private static partial Regex SearchedForXoaMuChu();

    [GeneratedRegex("level=District")]
    private static partial Regex FilteredToDistricts();

    [GeneratedRegex(@"/Plans/Source/\d+$")]
    private static partial Regex SourcePage();
}
