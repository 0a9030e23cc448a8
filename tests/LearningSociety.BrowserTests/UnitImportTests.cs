using System.Text;
using Deque.AxeCore.Playwright;
using LearningSociety.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

/// <summary>
/// An administrator on a 360 px phone imports a unit list: upload → preview → confirm → progress bar →
/// result, under the strict CSP (the bar is moved by wwwroot/js/unit-import.js), each page checked by axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UnitImportTests(BrowserFixture browser)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    // A province of its own (code 98), so that the other scenarios' units stay as they were.
    private const string List = """
        {"data": [{"level1_id": "98", "name": "Tỉnh Thử Nghiệm", "merges": [],
          "level2s": [{"level2_id": "99001", "name": "Xã Thử Một", "merges": []}, {"level2_id": "99002", "name": "Phường Thử Hai", "merges": []}]}]}
        """;

    [Fact]
    public async Task An_administrator_on_a_phone_uploads_a_list_sees_what_will_change_confirms_and_watches_it_run()
    {
        await using var session = await browser.NewSessionAsAsync(PortalPages.Admin, 360, 780);
        var page = session.Page;
        await session.GotoAsync("/Admin/Units");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Quản trị" }).GetByRole(AriaRole.Link, new() { Name = "Nhập danh mục đơn vị" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nhập danh mục đơn vị hành chính");
        await AssertAccessibleAsync(page, "upload");

        await page.GetByLabel("Tệp danh mục (.json)").SetInputFilesAsync(new FilePayload
        {
            Name = "tinh-thu-nghiem.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(List),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và xem trước" }).ClickAsync();
        await page.WaitForURLAsync("**/Admin/UnitImport/Show/*");

        var confirm = page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận nhập" });
        await Expect(confirm).ToBeVisibleAsync(new() { Timeout = 60_000 }); // the preview ran in the background, then the page reloaded
        await Expect(page.Locator("#import-counts tr[data-kind=UnitAdded] td")).ToHaveTextAsync("3");
        await Expect(page.GetByText("Tỉnh Thử Nghiệm: ")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "preview");
        Assert.True(await page.ScrollWidthAsync() <= 360, "the preview fits a 360 px screen");

        await confirm.ClickAsync();
        // Queued or running: the bar, moved by the script until the page reloads; a small list may already be
        // done when the page arrives, and then the bar stands at 100 %.
        await Expect(page.Locator("progress")).ToBeVisibleAsync();

        await Expect(page.Locator("#import-outcome")).ToContainTextAsync("Đã nhập xong", new() { Timeout = 60_000 });
        await Expect(page.Locator("#import-counts tr[data-kind=UnitAdded] td")).ToHaveTextAsync("3");
        await AssertAccessibleAsync(page, "result");
        await session.ScreenshotAsync("unit-import-result");
        session.AssertNoBrowserProblems();
    }

    private static async Task AssertAccessibleAsync(IPage page, string step)
    {
        var blocking = (await page.RunAxe()).Violations.Where(v => v.Impact is not null && Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, $"axe on the {step} page: " + string.Join("; ", blocking.Select(v => $"{v.Id}: {v.Help}")));
    }
}
