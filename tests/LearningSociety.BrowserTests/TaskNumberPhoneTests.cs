using LearningSociety.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace LearningSociety.BrowserTests;

/// <summary>
/// On a 360 px phone a task number ("VIII.1", "II.1.a") never breaks inside (issue 14, item 6 and its
/// siblings): one line box per number on every page that lists tasks.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TaskNumberPhoneTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(PortalPages.ProvinceReviewer, "plan")]
    [InlineData(PortalPages.ProvinceReviewer, "agency")]
    [InlineData(PortalPages.ProvinceReviewer, "/Consolidated")]
    [InlineData(PortalPages.ProvinceReviewer, "/PlanEditor")]
    [InlineData(PortalPages.CommuneOfficer, "report form")]
    [InlineData(PortalPages.CommuneOfficer, "/")]
    public async Task Task_numbers_stay_on_one_line_at_360_px(string who, string where)
    {
        await using var session = await browser.NewSessionAsAsync(who, 360, 740);
        var page = session.Page;
        switch (where)
        {
            case "plan":
                await session.OpenPlanAsync(PortalPages.Plan770);
                break;
            case "agency":
                await session.GotoAsync("/Agencies");
                await page.GetByRole(AriaRole.Main).Locator("table tbody tr a[href^='/Agencies/Details/']").First.ClickAsync();
                await page.WaitForURLAsync("**/Agencies/Details/**");
                break;
            case "/PlanEditor":
                await session.OpenPlanAsync(PortalPages.PlanCanDuoc);
                var edit = page.Locator("main a[href^='/PlanEditor/']").First;
                if (await edit.CountAsync() == 0)
                {
                    return; // this reviewer cannot edit the plan: nothing to look at
                }
                await edit.ClickAsync();
                await page.WaitForURLAsync("**/PlanEditor/**");
                break;
            case "report form":
                await session.GotoAsync("/Reports");
                await page.Locator("main a[href^='/Reports/Edit/']").First.ClickAsync();
                await page.WaitForURLAsync("**/Reports/Edit/**");
                break;
            default:
                await session.GotoAsync(where);
                break;
        }

        // Numbers are found by what they are (a tree's number, a link to a plan item), not by the class that fixes them.
        const string numbers = "main .plan-tree-number, main .task-number, main a[href*='#muc-']";
        if (where is "plan" or "agency" or "report form")
        {
            Assert.True(await page.Locator(numbers).CountAsync() > 0, $"no task number on {page.Url}");
        }

        var broken = await page.EvaluateAsync<string[]>(
            """
            selector => [...document.querySelectorAll(selector)]
              .filter(e => e.getClientRects().length > 1)
              .map(e => e.textContent.trim())
            """, numbers);
        Assert.True(broken.Length == 0, $"task numbers broken over lines on {page.Url}: {string.Join(", ", broken)}");
        session.AssertNoBrowserProblems();
    }
}
