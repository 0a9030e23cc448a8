using Microsoft.Playwright;

namespace LearningSociety.BrowserTests.Infrastructure;

/// <summary>
/// One test's browser context and page. It records what a user would not see but a developer must:
/// console errors (CSP violations among them), uncaught script errors, requests that failed and
/// same-origin responses with status 400 or above (a missing CSS or font file).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly string baseUrl;
    private readonly List<string> problems = [];
    private readonly HashSet<string> downloads = new(StringComparer.Ordinal);

    private BrowserSession(IBrowserContext context, IPage page, string baseUrl)
    {
        this.context = context;
        this.baseUrl = baseUrl;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record($"console error on {page.Url}: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Record($"script error on {page.Url}: {error}");
        page.RequestFailed += (_, request) =>
        {
            // Chromium ends a navigation that turned into a download with ERR_ABORTED: that is the download working.
            if (request.Failure == "net::ERR_ABORTED" && IsDownload(request.Url))
            {
                return;
            }

            Record($"request failed: {request.Method} {request.Url} ({request.Failure})");
        };
        page.Response += (_, response) =>
        {
            if (response.Headers.TryGetValue("content-disposition", out var disposition) && disposition.StartsWith("attachment", StringComparison.OrdinalIgnoreCase))
            {
                lock (downloads)
                {
                    downloads.Add(response.Url);
                }
            }

            if (response.Status >= 400 && response.Url.StartsWith(baseUrl, StringComparison.Ordinal))
            {
                Record($"HTTP {response.Status} for {response.Request.Method} {response.Url}");
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Everything recorded so far, in order.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (problems)
            {
                return [.. problems];
            }
        }
    }

    public static async Task<BrowserSession> StartAsync(IBrowserContext context, string baseUrl) =>
        new(context, await context.NewPageAsync(), baseUrl);

    public async Task GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
    }

    /// <summary>Signs in through the login form, as a person would.</summary>
    public async Task SignInAsync(string email, string password = PortalServer.DemoPassword)
    {
        await GotoAsync("/Account/Login");
        await Page.GetByLabel("Thư điện tử").FillAsync(email);
        await Page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(password);
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A PNG in &lt;test bin&gt;/screenshots/, for a person to look at: the whole page, or what the window shows.</summary>
    public async Task<string> ScreenshotAsync(string name, bool fullPage = true)
    {
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        Assert.True(new FileInfo(path).Length > 1_000, $"screenshot {path} is empty");
        return path;
    }

    /// <summary>Fails with the whole list when anything went wrong behind the page.</summary>
    public void AssertNoBrowserProblems()
    {
        var list = Problems;
        Assert.True(list.Count == 0, "The browser reported problems:\n" + string.Join("\n", list));
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    private bool IsDownload(string url)
    {
        lock (downloads)
        {
            return downloads.Contains(url);
        }
    }

    private void Record(string problem)
    {
        lock (problems)
        {
            problems.Add(problem);
        }
    }
}
