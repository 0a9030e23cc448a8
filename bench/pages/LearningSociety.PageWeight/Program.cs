using System.Globalization;
using LearningSociety.BrowserTests.Infrastructure;
using Microsoft.Playwright;

// Page weight of the portal as a phone on a rural link sees it (issue 17): for each demo account, its
// home page (and for the commune officer the report list and the report form) is opened
//   cold  — a first visit, browser cache disabled, 400 kbit/s and 300 ms round trips;
//   warm  — the same page again with the cache the first visit left (what a second visit costs).
// Each page is rendered once before it is measured, so a cold server's first request does not count.
// Usage: dotnet run --project bench/pages/LearningSociety.PageWeight -- <base url> [password]
// (bench/pages/page-weight.sh publishes and starts a portal on a fresh database and runs this).
var baseUrl = args.Length > 0 ? args[0].TrimEnd('/') : "http://127.0.0.1:5098";
var password = args.Length > 1 ? args[1] : "Demo@12345";
var chromium = Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";

string[] accounts =
[
    "xa.longhuu@hoctap.local", "phuong.longan@hoctap.local", "so.gddt.tayninh@hoctap.local",
    "lanhdao.tayninh@hoctap.local", "admin@hoctap.local", "phong.gddt.canduoc@hoctap.local",
];

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = chromium,
    Headless = true,
    Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});

var rows = new List<string>();
var details = new List<string>();
foreach (var email in accounts)
{
    var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, Locale = "vi-VN", ViewportSize = new() { Width = 360, Height = 740 } });
    var page = await context.NewPageAsync();
    await page.GotoAsync("/Account/Login");
    await page.FillAsync("input[name='Email']", email);
    await page.FillAsync("input[name='Password']", password);
    await page.Locator("main button[type='submit']").ClickAsync();
    await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));

    var state = await context.StorageStateAsync();
    var paths = new List<string> { "/" };
    if (email.StartsWith("xa.", StringComparison.Ordinal))
    {
        await page.GotoAsync("/Reports");
        var form = await page.Locator("main a[href*='/Reports/Edit/']").First.GetAttributeAsync("href");
        paths.Add("/Reports");
        paths.Add(form ?? throw new InvalidOperationException("No report form for " + email));
    }

    foreach (var path in paths)
    {
        // The server renders the page once first (views, queries and code warmed up): the figures are the
        // browser's and the link's, not a cold server's first request. Then a fresh tab, so the cold visit
        // starts from nothing kept in memory.
        var warmUp = await context.NewPageAsync();
        await warmUp.GotoAsync(path);
        await warmUp.CloseAsync();
        // The first visit in a context of its own (the same cookies, no service worker yet); the second visit
        // in the same tab, with what the first left: the browser's cache and the service worker's.
        var fresh = await browser.NewContextAsync(new() { BaseURL = baseUrl, Locale = "vi-VN", ViewportSize = new() { Width = 360, Height = 740 }, StorageState = state });
        var tab = await fresh.NewPageAsync();
        var cold = await PageWeight.MeasureAsync(tab, path, cold: true, slow: true);
        await tab.WaitForFunctionAsync("async () => !!navigator.serviceWorker && !!(await navigator.serviceWorker.getRegistration())?.active", null, new() { Timeout = 60_000 });
        await tab.WaitForTimeoutAsync(3_000); // the worker keeps its copies
        var warm = await PageWeight.MeasureAsync(tab, path, cold: false, slow: true);
        await fresh.CloseAsync();
        rows.Add(string.Create(CultureInfo.InvariantCulture,
            $"| {email.Split('@')[0]} | {path} | {cold.Kilobytes:0.0} KB / {cold.Requests} | {cold.LoadMilliseconds / 1000:0.0} s | {warm.Kilobytes:0.0} KB / {warm.Requests} | {warm.LoadMilliseconds / 1000:0.0} s |"));
        details.Add(email + " cold " + cold);
    }

    await context.CloseAsync();
}

Console.WriteLine("| account | page | cold: transferred / requests | cold: load | second visit | second visit: load |");
Console.WriteLine("|---|---|---|---|---|---|");
rows.ForEach(Console.WriteLine);
Console.WriteLine();
details.ForEach(Console.WriteLine);
