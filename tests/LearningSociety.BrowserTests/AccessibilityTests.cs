using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using LearningSociety.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly Dictionary<string, string> GuideNames = new(StringComparer.Ordinal)
    {
        ["/Admin/Users"] = "admin-nguoi-dung", ["/Admin/Agencies"] = "admin-co-quan", ["/Admin/Units"] = "admin-don-vi", ["/Admin/Audit"] = "admin-nhat-ky",
    };

    private static readonly HashSet<string> Blocking = new(StringComparer.Ordinal) { "serious", "critical" };

    [Theory]
    [InlineData("login")]
    [InlineData("/")]
    [InlineData("/Plans")]
    [InlineData("plan 770")]
    [InlineData("/Units")]
    [InlineData("/Agencies")]
    [InlineData("/PlanImport")]
    [InlineData("/Account/Security")]
    [InlineData("/Account/Security/Enable")]
    public async Task Axe_finds_no_serious_or_critical_violations(string where)
    {
        await using var session = where == "login" ? await browser.NewSessionAsync() : await browser.NewSignedInSessionAsync();
        switch (where)
        {
            case "login":
                await session.GotoAsync("/Account/Login");
                break;
            case "plan 770":
                await session.OpenPlanAsync(PortalPages.Plan770);
                break;
            default:
                await session.GotoAsync(where);
                break;
        }

        var result = await session.Page.RunAxe();
        var blocking = result.Violations.Where(v => v.Impact is not null && Blocking.Contains(v.Impact)).ToList();
        await session.ScreenshotAsync("07-axe-" + ScreenshotName(where), fullPage: false);
        Assert.True(blocking.Count == 0, $"axe on {where} ({session.Page.Url}):\n{Describe(blocking)}");
        session.AssertNoBrowserProblems();
    }

    [Theory]
    [InlineData(PortalPages.CommuneOfficer, "/Reports")]
    [InlineData(PortalPages.CommuneOfficer, "report form")]
    [InlineData(PortalPages.CommuneOfficer, "/Notifications")]
    [InlineData(PortalPages.DistrictOffice, "report under review")]
    [InlineData(PortalPages.ProvinceReviewer, "/Dashboard")]
    [InlineData(PortalPages.ProvinceReviewer, "/Consolidated")]
    [InlineData(PortalPages.ProvinceReviewer, "/Notifications")]
    [InlineData(PortalPages.ProvinceReviewer, "periods")]
    [InlineData(PortalPages.Leader, "/Dashboard")]
    [InlineData(PortalPages.Admin, "/Admin/Users")]
    [InlineData(PortalPages.Admin, "/Admin/Agencies")]
    [InlineData(PortalPages.Admin, "/Admin/Units")]
    [InlineData(PortalPages.Admin, "/Admin/Audit")]
    [InlineData(PortalPages.Admin, "/Admin/UnsentMail")]
    public async Task Axe_finds_no_serious_or_critical_violations_on_the_reporting_and_admin_pages(string who, string where)
    {
        await using var session = await browser.NewSessionAsAsync(who, 1280, 800);
        var page = session.Page;
        switch (where)
        {
            case "report form":
                await session.GotoAsync("/Reports");
                await page.GetByRole(AriaRole.Link, new() { Name = "Sửa và nộp lại" }).First.ClickAsync();
                await page.WaitForURLAsync("**/Reports/Edit/**");
                break;
            case "report under review":
                await session.GotoAsync("/Reports");
                await page.GetByRole(AriaRole.Link, new() { Name = "Xem và duyệt" }).First.ClickAsync();
                await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Trả lại để sửa" })).ToBeVisibleAsync();
                break;
            case "periods":
                await session.OpenPlanAsync(PortalPages.PlanCanDuoc);
                await page.GetByRole(AriaRole.Link, new() { Name = "Các kỳ báo cáo của kế hoạch" }).ClickAsync();
                await page.WaitForURLAsync("**/Periods");
                break;
            default:
                await session.GotoAsync(where);
                break;
        }

        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => v.Impact is not null && Blocking.Contains(v.Impact)).ToList();
        var name = who.Split('@')[0].Split('.')[0] + "-" + ScreenshotName(where);
        await session.ScreenshotAsync("07-axe-" + name, fullPage: false);
        Assert.True(blocking.Count == 0, $"axe on {where} as {who} ({page.Url}):\n{Describe(blocking)}");
        if (GuideNames.TryGetValue(where, out var guide) && who == PortalPages.Admin)
        {
            await session.GuideScreenshotAsync(guide);
        }

        session.AssertNoBrowserProblems();
    }

    /// <summary>Two-factor set-up as the administrator sees it, for the administrator's guide.</summary>
    [Fact]
    public async Task The_administrator_s_security_page_offers_two_factor_sign_in()
    {
        await using var session = await browser.NewSessionAsAsync(PortalPages.Admin, 1280, 800);
        await session.GotoAsync("/Account/Security");
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        var blocking = (await session.Page.RunAxe()).Violations.Where(v => v.Impact is not null && Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, Describe(blocking));
        await session.GuideScreenshotAsync("admin-bao-mat");
        session.AssertNoBrowserProblems();
    }

    private static string ScreenshotName(string where) =>
        where == "/" ? "overview" : where.Trim('/').Replace(' ', '-').Replace('/', '-').ToLowerInvariant();

    private static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var v in violations)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"[{v.Impact}] {v.Id}: {v.Help} ({v.HelpUrl})\n");
            foreach (var node in v.Nodes.Take(5))
            {
                var why = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message);
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"    {node.Target}: {node.Html}\n      {string.Join("; ", why)}\n");
            }
        }

        return text.ToString();
    }
}
