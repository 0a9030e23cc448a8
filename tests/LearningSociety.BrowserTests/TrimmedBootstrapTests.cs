using LearningSociety.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace LearningSociety.BrowserTests;

/// <summary>
/// The portal serves Bootstrap's CSS without the rules of classes it never uses (FrontEnd/bootstrap-purge.mjs,
/// #17). Proof that nothing a page needs was taken out: every element of each page is laid out and painted
/// exactly as under Bootstrap's whole file — the computed styles of every element, page by page, on a phone
/// and on a desktop, with the trimmed file and then with the whole file put in its place.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TrimmedBootstrapTests(BrowserFixture browser)
{
    private static readonly Lazy<string> WholeBootstrap = new(() => File.ReadAllText(Path.Combine(
        GuideScreenshots.RepositoryRoot(), "src", "LearningSociety.Web", "node_modules", "bootstrap", "dist", "css", "bootstrap.min.css")));

    // What placing and painting an element depends on; sizes are included, so a lost rule anywhere shows.
    private const string Snapshot = """
        () => {
          const props = ['display', 'position', 'float', 'box-sizing', 'width', 'height', 'margin-top', 'margin-right',
            'margin-bottom', 'margin-left', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
            'border-top-width', 'border-top-style', 'border-top-color', 'border-bottom-width', 'border-left-width',
            'border-right-width', 'border-radius', 'color', 'background-color', 'background-image', 'font-family',
            'font-size', 'font-weight', 'font-style', 'line-height', 'text-align', 'text-decoration-line',
            'text-transform', 'white-space', 'vertical-align', 'visibility', 'opacity', 'overflow', 'flex-direction',
            'flex-wrap', 'justify-content', 'align-items', 'gap', 'list-style-type', 'box-shadow', 'outline-style',
            'cursor', 'clip', 'z-index'];
          return Array.from(document.querySelectorAll('body *')).map(e => {
            const s = getComputedStyle(e);
            const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.getAttribute('class') ? '.' + e.getAttribute('class').trim().split(/\s+/).join('.') : '');
            return name + '\n' + props.map(p => p + ': ' + s.getPropertyValue(p)).join('\n');
          });
        }
        """;

    public static TheoryData<string, int, string[]> Pages => new()
    {
        { PortalPages.ProvinceReviewer, 360, ["/", "/Plans", "/Consolidated", "/Dashboard", "/Reports", "/Units"] },
        { PortalPages.ProvinceReviewer, 1280, ["/", "/Plans", "/Consolidated", "/Dashboard", "/Agencies", "/Account/ChangePassword"] },
        { PortalPages.CommuneOfficer, 360, ["/", "/Reports"] },
        { PortalPages.Leader, 1280, ["/", "/Dashboard/Leader"] },
        { PortalPages.Admin, 1280, ["/Admin/Users", "/PlanEditor/Create"] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_element_looks_the_same_as_under_the_whole_of_bootstrap(string who, int width, string[] paths)
    {
        await using var session = await browser.NewSessionAsAsync(who, width, 900);
        var context = session.Page.Context;
        // No service worker: it would answer the static files from its cache, past the swap below.
        await context.RouteAsync("**/sw.js", route => route.FulfillAsync(new() { Status = 404 }));

        var compared = 0;
        foreach (var path in paths.Concat(await ReportFormAsync(session, who)))
        {
            await session.GotoAsync(path);
            var trimmed = await session.Page.EvaluateAsync<string[]>(Snapshot);

            await context.RouteAsync("**/lib/bootstrap/css/*.css", route => route.FulfillAsync(new()
            {
                Status = 200, ContentType = "text/css; charset=utf-8", Body = WholeBootstrap.Value,
            }));
            await session.GotoAsync(path);
            var whole = await session.Page.EvaluateAsync<string[]>(Snapshot);
            await context.UnrouteAsync("**/lib/bootstrap/css/*.css");

            Assert.True(trimmed.Length > 20, $"{path}: only {trimmed.Length} elements");
            Assert.Equal(whole.Length, trimmed.Length);
            var differences = whole.Zip(trimmed).Where(p => p.First != p.Second).Select(p => Difference(p.First, p.Second)).Take(5).ToList();
            Assert.True(differences.Count == 0, $"{who} {width} px {path}:\n" + string.Join("\n", differences));
            compared += trimmed.Length;
        }

        Assert.True(compared > 200);
    }

    /// <summary>A commune officer's open report form, the page they use most.</summary>
    private static async Task<string[]> ReportFormAsync(BrowserSession session, string who)
    {
        if (who != PortalPages.CommuneOfficer)
        {
            return [];
        }

        await session.GotoAsync("/Reports");
        var href = await session.Page.Locator("a[href^='/Reports/Edit/']").First.GetAttributeAsync("href");
        return [href!];
    }

    private static string Difference(string whole, string trimmed)
    {
        var a = whole.Split('\n');
        var b = trimmed.Split('\n');
        return a[0] + ": " + string.Join("; ", a.Skip(1).Zip(b.Skip(1)).Where(p => p.First != p.Second).Select(p => $"{p.First} (trimmed: {p.Second})"));
    }
}
