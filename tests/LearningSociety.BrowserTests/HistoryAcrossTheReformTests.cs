using Deque.AxeCore.Playwright;
using LearningSociety.BrowserTests.Infrastructure;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Reporting;
using LearningSociety.Web.Features.Admin.Transition;
using LearningSociety.Web.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

/// <summary>
/// On 7/12/2026, on a 360 px phone, the Sở GD&amp;ĐT of the new Tây Ninh after the demo's transition: its home page
/// shows the carried Cần Đước plan with its trend across the reform, and the 2024 period switches between today's
/// units and the units that reported. The shared portal's plans are put back (the transition undone) at the end.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HistoryAcrossTheReformTests(BrowserFixture browser)
{
    private const int PhoneWidth = 360;
    private static readonly HashSet<string> Blocking = new(StringComparer.Ordinal) { "serious", "critical" };

    [Fact]
    public async Task On_a_phone_the_new_Sở_sees_the_trend_across_the_reform_and_switches_the_2024_figures_between_old_and_new_units()
    {
        browser.Clock.Now = new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
        string? applied = null;
        try
        {
            int period2024;
            await using (var scope = browser.Portal.Services.CreateAsyncScope())
            {
                var services = scope.ServiceProvider;
                Assert.True(await services.GetRequiredService<DemoTransition>().ApplyPlansAsync());
                applied = (await services.GetRequiredService<TransitionStore>().RecentAsync(default))[0].Id;
                var db = services.GetRequiredService<AppDbContext>();
                var canDuoc = await db.Plans.Where(p => p.Symbol == "KH-BCĐ" && p.Number == null).Select(p => p.Id).SingleAsync();
                period2024 = await db.ReportingPeriods.Where(p => p.PlanId == canDuoc && p.Name == "Năm 2024").Select(p => p.Id).SingleAsync();
                if (!await db.ReportingPeriods.AnyAsync(p => p.PlanId == canDuoc && p.Name == "Năm 2026"))
                {
                    _ = (await services.GetRequiredService<PeriodOpener>().OpenAnnualAsync(canDuoc, 2026)).Required();
                }
            }

            await using var session = await browser.NewSessionAsync(PhoneWidth, 740);
            await session.SignInAsync("so.gddt.tayninh@hoctap.local");
            var page = session.Page;
            var main = page.GetByRole(AriaRole.Main);

            await session.GotoAsync("/");
            await Expect(main.GetByText("Kỳ báo cáo hiện tại: Năm 2026").First).ToBeVisibleAsync();
            var other = main.Locator("section[aria-labelledby=ky-khac]");
            await Expect(other.GetByText("Năm 2026 · …/KH-BCĐ")).ToBeVisibleAsync();
            await Expect(other.GetByRole(AriaRole.Rowheader, new() { Name = "Sắp xếp đơn vị hành chính 01/07/2025" })).ToBeVisibleAsync();
            await Expect(other.GetByRole(AriaRole.Row).Filter(new() { HasText = "2024" })).ToContainTextAsync("81,0%");
            await AssertReadableAsync(page, "the home page");
            await session.ScreenshotAsync("10-xu-huong-qua-sap-xep");

            // The 2024 period under today's units: the new communes, the switch on "hiện nay".
            await session.GotoAsync($"/Dashboard?periodId={period2024}");
            var switchBar = main.GetByRole(AriaRole.Group, new() { Name = "Đơn vị hành chính dùng để tổng hợp" });
            await Expect(switchBar.GetByRole(AriaRole.Link, new() { Name = "Theo đơn vị hiện nay" })).ToHaveAttributeAsync("aria-current", "true");
            await Expect(main.GetByText("Xã Long Hựu").First).ToBeVisibleAsync();
            await AssertReadableAsync(page, "the 2024 dashboard under today's units");
            await session.ScreenshotAsync("10-nam-2024-theo-don-vi-hien-nay");

            // As filed: the old province and its districts.
            await switchBar.GetByRole(AriaRole.Link, new() { Name = "Theo đơn vị khi báo cáo" }).ClickAsync();
            await Expect(switchBar.GetByRole(AriaRole.Link, new() { Name = "Theo đơn vị khi báo cáo" })).ToHaveAttributeAsync("aria-current", "true");
            await Expect(main.GetByText("Huyện Cần Đước").First).ToBeVisibleAsync();
            await AssertReadableAsync(page, "the 2024 dashboard as reported");
            await session.ScreenshotAsync("10-nam-2024-theo-don-vi-khi-bao-cao");
            session.AssertNoBrowserProblems();
        }
        finally
        {
            if (applied is not null)
            {
                await using var scope = browser.Portal.Services.CreateAsyncScope();
                var commands = scope.ServiceProvider.GetRequiredService<TransitionCommands>();
                var undo = await commands.UndoPreviewAsync(applied, default);
                await commands.UndoAsync(applied, undo.Fingerprint, DemoTransition.Actor, default);
            }

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
