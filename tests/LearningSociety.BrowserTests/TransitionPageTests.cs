using Deque.AxeCore.Playwright;
using LearningSociety.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

/// <summary>
/// "Chuyển tiếp sau sắp xếp" on a 360 px phone on 7/12/2026: the list with its proposals and the preview it leads to,
/// readable, no serious axe finding. It stops at the preview, so the shared portal's data stays as it was.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TransitionPageTests(BrowserFixture browser)
{
    private const int PhoneWidth = 360;
    private static readonly HashSet<string> Blocking = new(StringComparer.Ordinal) { "serious", "critical" };

    [Fact]
    public async Task On_a_phone_the_administrator_sees_what_points_to_ended_bodies_and_previews_the_transition()
    {
        browser.Clock.Now = new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
        try
        {
            await using var session = await browser.NewSessionAsync(PhoneWidth, 740);
            await session.SignInAsync("admin@hoctap.local");
            var page = session.Page;
            await session.GotoAsync("/Admin/Transition");
            var main = page.GetByRole(AriaRole.Main);
            await Expect(main.GetByRole(AriaRole.Heading, new() { Name = "Chuyển tiếp sau sắp xếp" })).ToBeVisibleAsync();
            await Expect(main.GetByText("Kế hoạch …/KH-BCĐ").First).ToBeVisibleAsync();
            await Expect(main.GetByText("phong.gddt.canduoc@hoctap.local")).ToBeVisibleAsync();
            await AssertReadableAsync(page, "the transition page");
            await session.ScreenshotAsync("09-chuyen-tiep");

            await main.GetByRole(AriaRole.Button, new() { Name = "Xem lại" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Xem lại: chuyển tiếp sau sắp xếp" })).ToBeVisibleAsync();
            await Expect(page.GetByText("Kế hoạch …/KH-BCĐ: địa bàn Huyện Cần Đước → Tỉnh Tây Ninh")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" })).ToBeVisibleAsync();
            await AssertReadableAsync(page, "the transition preview");
            await session.ScreenshotAsync("09-chuyen-tiep-xem-lai");
            session.AssertNoBrowserProblems();
        }
        finally
        {
            browser.Clock.Now = FixedClock.DemoDay;
        }
    }

    private static async Task AssertReadableAsync(IPage page, string what)
    {
        var width = await page.ScrollWidthAsync();
        Assert.True(width <= PhoneWidth + 1, $"{what} is {width}px wide on a {PhoneWidth}px phone");
        var blocking = (await page.RunAxe()).Violations.Where(v => v.Impact is not null && Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, $"axe on {what}: " + string.Join("; ", blocking.Select(v => v.Id + ": " + v.Help)));
    }
}
