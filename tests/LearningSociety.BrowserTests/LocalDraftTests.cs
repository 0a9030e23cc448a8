using LearningSociety.BrowserTests.Infrastructure;
using LearningSociety.Domain.Identity;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

/// <summary>The browser's copy of a report being typed belongs to one officer: another officer of the commune never sees it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LocalDraftTests(BrowserFixture browser)
{
    private const string First = "can-bo-1.longhuudong@test.vn";
    private const string Second = "can-bo-2.longhuudong@test.vn";

    [Fact]
    public async Task An_unsaved_copy_is_kept_for_its_officer_only_and_forgotten_when_they_sign_out()
    {
        var reportId = await PrepareAsync();
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;

        await session.SignInAsync(First);
        await session.GotoAsync($"/Reports/Edit/{reportId}");
        await page.Locator("textarea[name^='Narratives'][name$='.Text']").First.FillAsync("Bản nháp riêng của cán bộ thứ nhất");
        await page.WaitForFunctionAsync("() => Object.keys(localStorage).some(k => k.startsWith('hoctap:report-'))");

        // The session runs out (cookies gone, no sign-out): the copy stays for its owner, and the second
        // officer, signing in on the same browser, is not offered it.
        await page.Context.ClearCookiesAsync();
        await session.SignInAsync(Second);
        await session.GotoAsync($"/Reports/Edit/{reportId}");
        await Expect(page.Locator("[data-local-draft-banner]")).ToBeHiddenAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("() => Object.keys(localStorage).filter(k => k.startsWith('hoctap:')).length"));

        // The first officer comes back: the copy is offered to them.
        await page.Context.ClearCookiesAsync();
        await session.SignInAsync(First);
        await session.GotoAsync($"/Reports/Edit/{reportId}");
        await Expect(page.Locator("[data-local-draft-banner]")).ToBeVisibleAsync();

        // Signing out forgets every copy kept in this browser.
        await page.Locator("#userMenu").ClickAsync();
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync(); // leaving a form with unsaved changes
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => Object.keys(localStorage).filter(k => k.startsWith('hoctap:')).length"));
    }

    /// <summary>Two officers of Long Hựu Đông (whose 2024 report was returned, so it can be edited); its report id.</summary>
    private async Task<int> PrepareAsync()
    {
        using var scope = browser.Portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var agency = await db.Agencies.SingleAsync(a => a.Key == "28144:ubnd");
        foreach (var email in (string[])[First, Second])
        {
            if (await users.FindByEmailAsync(email) is null)
            {
                var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = email, AgencyId = agency.Id, UnitId = agency.UnitId };
                Assert.True((await users.CreateAsync(user, PortalServer.DemoPassword)).Succeeded);
                await users.AddToRoleAsync(user, Roles.CommuneOfficer);
            }
        }

        return await db.Reports.Where(r => r.AgencyId == agency.Id && r.Status == Domain.Reporting.ReportStatus.Returned).Select(r => r.Id).FirstAsync();
    }
}
