using LearningSociety.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserFixture browser)
{
    private const int PhoneWidth = 360;

    [Fact]
    public async Task On_a_360px_phone_the_plan_pages_fit_the_width_and_the_menu_folds_into_a_toggler()
    {
        await using var session = await browser.NewSignedInSessionAsync(PhoneWidth, 740);
        var page = session.Page;

        await session.GotoAsync("/Plans");
        await AssertFitsThePhoneAsync(page, "/Plans");
        var toggler = page.GetByRole(AriaRole.Button, new() { Name = "Mở/đóng menu" });
        await Expect(toggler).ToBeVisibleAsync();
        var plansLink = page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Kế hoạch" });
        await Expect(plansLink).ToBeHiddenAsync();
        await session.ScreenshotAsync("06-phone-plans");

        await toggler.ClickAsync();
        await Expect(toggler).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(page.Locator("#mainNav")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bshow\b"));
        await Expect(plansLink).ToBeVisibleAsync();
        await AssertFitsThePhoneAsync(page, "/Plans with the menu open");
        await session.ScreenshotAsync("06-phone-menu-open");

        await session.OpenPlanAsync(PortalPages.Plan770);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kế hoạch số 770/KH-UBND");
        await AssertFitsThePhoneAsync(page, "the plan page");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mở/đóng menu" })).ToBeVisibleAsync();
        await session.ScreenshotAsync("06-phone-plan-770");
        await session.ScreenshotAsync("06-phone-plan-770-top", fullPage: false);
        session.AssertNoBrowserProblems();
    }

    [Theory]
    [InlineData(PortalPages.CommuneOfficer, "report form")]
    [InlineData(PortalPages.ProvinceReviewer, "/Dashboard")]
    [InlineData(PortalPages.Leader, "/")]
    public async Task On_a_360px_phone_the_report_form_the_dashboard_and_the_leader_page_fit_the_width(string who, string where)
    {
        await using var session = await browser.NewSessionAsAsync(who, PhoneWidth, 740);
        var page = session.Page;
        if (where == "report form")
        {
            await session.GotoAsync("/Reports");
            await page.GetByRole(AriaRole.Link, new() { Name = "Sửa và nộp lại" }).First.ClickAsync();
            await page.WaitForURLAsync("**/Reports/Edit/**");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Nộp báo cáo" })).ToBeVisibleAsync();
        }
        else
        {
            await session.GotoAsync(where);
            await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Tải báo cáo PDF" })).ToBeVisibleAsync();
        }

        await AssertFitsThePhoneAsync(page, where + " as " + who);
        var name = who.Split('@')[0].Split('.')[0] switch { "xa" => "xa", "so" => "so", _ => "lanh-dao" } + "-dien-thoai";
        await session.ScreenshotAsync("06-phone-" + name);
        await session.GuideScreenshotAsync(name);
        session.AssertNoBrowserProblems();
    }

    private static async Task AssertFitsThePhoneAsync(IPage page, string what)
    {
        var width = await page.ScrollWidthAsync();
        if (width > PhoneWidth + 1)
        {
            // Name the elements that stick out, so the failure says what to fix.
            var wide = await page.EvaluateAsync<string[]>(
                """
                () => [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                  .slice(0, 10)
                  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\s+/g, '.') : '') + ' right=' + Math.round(e.getBoundingClientRect().right))
                """);
            Assert.Fail($"{what} scrolls sideways on a {PhoneWidth}px phone: scrollWidth {width}. Too wide:\n{string.Join("\n", wide)}");
        }
    }
}
