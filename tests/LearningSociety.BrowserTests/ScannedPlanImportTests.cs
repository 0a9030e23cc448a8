using Deque.AxeCore.Playwright;
using LearningSociety.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

/// <summary>
/// A scanned plan uploaded on a phone: the progress of its OCR, then the review with each page's image beside
/// its recognised text. The real tesseract runs (installed by .ci/run). A portal of its own (a job per upload).
/// </summary>
public sealed class ScannedPlanImportTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int PhoneWidth = 360;

    [Fact]
    public async Task A_scan_uploaded_on_a_phone_shows_its_progress_then_each_page_image_beside_its_text()
    {
        await using var session = await browser.NewSignedInSessionAsync(PhoneWidth, 740);
        var page = session.Page;
        await session.GotoAsync("/PlanImport");
        await page.GetByLabel("hoặc chọn tệp").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "Scans", "16-ha-noi-52.pdf"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Đọc văn bản và lập bản nháp" }).ClickAsync();

        await page.WaitForURLAsync("**/PlanImport/Ocr/**");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nhận dạng bản scan");
        await Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Tiến độ nhận dạng" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("nhận dạng");
        await session.ScreenshotAsync("21-phone-ocr-progress", fullPage: false);
        await AssertPhoneReadableAsync(page, "progress");

        // The script moves on to the review by itself when the text is read.
        await page.WaitForURLAsync("**/PlanImport/OcrReview/**", new() { Timeout = 180_000 });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Xem lại bản nháp kế hoạch");
        var image = page.GetByRole(AriaRole.Img, new() { Name = "Ảnh trang 1 của bản scan (mở cỡ lớn)" });
        await image.ScrollIntoViewIfNeededAsync();
        await Expect(image).ToBeVisibleAsync();
        Assert.True(await image.EvaluateAsync<int>("i => i.complete ? i.naturalWidth : 0") > 1000, "the page image did not load");
        await Expect(page.Locator("#source-text li").First).ToBeVisibleAsync();
        await Expect(page.Locator("#Number")).ToHaveValueAsync("52");
        await session.ScreenshotAsync("21-phone-ocr-review", fullPage: false);
        await AssertPhoneReadableAsync(page, "review");
        session.AssertNoBrowserProblems();
    }

    private static async Task AssertPhoneReadableAsync(IPage page, string what)
    {
        var width = await page.ScrollWidthAsync();
        Assert.True(width <= PhoneWidth + 1, $"the {what} page scrolls sideways on a {PhoneWidth}px phone: {width}px");
        var axe = await page.RunAxe();
        var blocking = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"[{v.Impact}] {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target))}").ToList();
        Assert.True(blocking.Count == 0, $"axe on the {what} page:\n" + string.Join("\n", blocking));
    }
}
