using System.Collections;
using Microsoft.Playwright;

namespace LearningSociety.BrowserTests.Infrastructure;

/// <summary>One portal and one headless Debian Chromium for the whole collection.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's package; Playwright's own browser downloads are never used (no `playwright install`).</summary>
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync",
    ];

    private readonly SemaphoreSlim signInOnce = new(1, 1);
    private readonly Dictionary<string, string> signedInStates = new(StringComparer.Ordinal);
    private IPlaywright? playwright;
    private IBrowser? browser;

    public BrowserFixture() => Portal = new(Clock);

    /// <summary>The portal lives on 05/12/2024, so the demo period's dates and "còn 5 ngày" read the same on every run.</summary>
    public FixedClock Clock { get; } = new(FixedClock.DemoDay);

    public PortalServer Portal { get; }

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("BROWSER_TESTS_CHROMIUM") is { Length: > 0 } custom ? custom : DefaultChromiumPath;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {chromium}. Install Debian's package (apt-get install chromium) " +
                "or run scripts/test.sh, which installs it. Do not run `playwright install`.");
        }

        try
        {
            Directory.CreateDirectory(ScreenshotFolder);
            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ChromiumArgs,
                Env = BrowserEnvironment(),
                // A browser that cannot start fails the run within half a minute instead of hanging it.
                Timeout = 30_000,
            });
            Portal.Start();
        }
        catch
        {
            // Leave no browser or server behind when the collection cannot start.
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh context (own cookies and storage) and page, signed out; dispose it at the end of the test.</summary>
    public Task<BrowserSession> NewSessionAsync(int width = 1280, int height = 900) => NewSessionAsync(width, height, storageState: null);

    /// <summary>
    /// A fresh context already signed in as the provincial reviewer. The form is used once per run and its
    /// cookie reused: the sign-in itself has its own scenarios, the others need not pay for it again.
    /// </summary>
    public Task<BrowserSession> NewSignedInSessionAsync(int width = 1280, int height = 900) =>
        NewSessionAsAsync(PortalPages.ProvinceReviewer, width, height);

    /// <summary>A fresh context signed in as the given demo account (the form is filled once per account and run).</summary>
    public async Task<BrowserSession> NewSessionAsAsync(string email, int width = 1280, int height = 900)
    {
        string? state;
        await signInOnce.WaitAsync();
        try
        {
            if (!signedInStates.TryGetValue(email, out state))
            {
                await using var first = await NewSessionAsync();
                await first.SignInAsync(email);
                state = await first.Page.Context.StorageStateAsync();
                signedInStates[email] = state;
            }
        }
        finally
        {
            signInOnce.Release();
        }

        return await NewSessionAsync(width, height, state);
    }

    private async Task<BrowserSession> NewSessionAsync(int width, int height, string? storageState)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Portal.BaseUrl,
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            StorageState = storageState,
        });
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(15_000);
        return await BrowserSession.StartAsync(context, Portal.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
            browser = null;
        }

        playwright?.Dispose();
        playwright = null;
        await Portal.DisposeAsync();
        signInOnce.Dispose();
    }

    /// <summary>
    /// The test process's environment with HOME moved to a scratch folder: Chromium writes ~/.cache and
    /// ~/.config there, never into the user's profile. scripts/test.sh chooses the folder.
    /// </summary>
    private static Dictionary<string, string> BrowserEnvironment()
    {
        var home = Environment.GetEnvironmentVariable("HOME_FOR_BROWSER_TESTS") is { Length: > 0 } given
            ? given
            : Directory.CreateTempSubdirectory("hoctap-browser-home-").FullName;
        Directory.CreateDirectory(home);
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            env[(string)e.Key] = e.Value as string ?? "";
        }

        env["HOME"] = home;
        env.Remove("XDG_CONFIG_HOME");
        env.Remove("XDG_CACHE_HOME");
        return env;
    }
}
