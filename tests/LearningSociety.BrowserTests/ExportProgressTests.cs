using LearningSociety.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

/// <summary>A province export asked for from the dashboard: the progress page fills its bar and offers the file, under the strict CSP.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportProgressTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_province_excel_button_leads_to_a_progress_bar_that_ends_with_the_download_link()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.SignInAsync(PortalPages.ProvinceReviewer);
        await session.GotoAsync("/Dashboard");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Xuất Excel" }).ClickAsync();
        await page.WaitForURLAsync("**/Exports/*");
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Tải tệp" });
        await Expect(link).ToBeVisibleAsync(new() { Timeout = 60_000 });
        Assert.Equal(100, await page.Locator("progress").EvaluateAsync<int>("p => p.value"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tệp đã sẵn sàng.");

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        session.AssertNoBrowserProblems();
    }
}
