using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using LearningSociety.BrowserTests.Infrastructure;

namespace LearningSociety.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
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
