using System.Text.RegularExpressions;
using LearningSociety.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed partial class SigningInTests(BrowserFixture browser)
{
    [Fact]
    public async Task Signing_in_through_the_form_lands_on_the_Vietnamese_overview()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;

        await session.SignInAsync(PortalPages.ProvinceReviewer);

        await Expect(page).ToHaveURLAsync(browser.Portal.BaseUrl + "/");
        await Expect(page).ToHaveTitleAsync(StartsWithOverview());
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Xin chào");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Tổng quan", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await session.ScreenshotAsync("01-signed-in-overview");
        session.AssertNoBrowserProblems();
    }

    [Fact]
    public async Task A_wrong_password_is_explained_beside_the_form_and_the_email_is_kept()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.GotoAsync("/Account/Login");

        await page.GetByLabel("Thư điện tử").FillAsync(PortalPages.ProvinceReviewer);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync("Sai@mat-khau1");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        var form = page.GetByRole(AriaRole.Main).Locator("form");
        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("Thư điện tử hoặc mật khẩu không đúng.");
        await Expect(page.GetByLabel("Thư điện tử")).ToHaveValueAsync(PortalPages.ProvinceReviewer);
        await Expect(page.GetByLabel("Mật khẩu", new() { Exact = true })).ToHaveValueAsync("");
        await Expect(page).ToHaveURLAsync(LoginUrl());

        // Signed out, the menu offers only the sign-in: every section would send the user back here.
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Kế hoạch" })).ToHaveCountAsync(0);
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập" })).ToBeVisibleAsync();
        await session.ScreenshotAsync("02-wrong-password");
        session.AssertNoBrowserProblems();
    }

    [Fact]
    public async Task Signing_out_from_the_user_menu_returns_to_the_login_page()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        // Signing out ends every session of the account, so an account no other browser test signs in with
        // (the leader's was: a test class run after this one found its kept session gone).
        await session.SignInAsync("mttq.canduoc@hoctap.local");

        await page.Locator("#userMenu").ClickAsync();
        var signOut = page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" });
        await Expect(signOut).ToBeVisibleAsync();
        await session.ScreenshotAsync("08-user-menu-open");
        await signOut.ClickAsync();

        await Expect(page).ToHaveURLAsync(LoginUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đăng nhập" })).ToBeVisibleAsync();

        // The session is really gone: the overview asks for a sign-in again.
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(LoginUrl());
        await session.ScreenshotAsync("08-signed-out");
        session.AssertNoBrowserProblems();
    }

    [GeneratedRegex("^Tổng quan")]
    private static partial Regex StartsWithOverview();

    [GeneratedRegex("/Account/Login")]
    private static partial Regex LoginUrl();
}
