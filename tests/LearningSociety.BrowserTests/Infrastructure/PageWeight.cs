using System.Globalization;
using Microsoft.Playwright;

namespace LearningSociety.BrowserTests.Infrastructure;

/// <summary>
/// What one page load cost, read from Chromium's own network events (DevTools protocol): the bytes
/// that crossed the wire (headers and compressed bodies, <c>encodedDataLength</c>), the number of
/// requests, and the time to the <c>load</c> event. Shared by the byte-budget tests and the page-weight
/// benchmark (bench/pages), which links this file.
/// </summary>
public sealed record PageWeight(string Path, long Bytes, int Requests, double LoadMilliseconds, IReadOnlyList<PageWeight.Item> Items)
{
    /// <summary>A rural mobile link: 400 kbit/s each way and 300 ms round trips.</summary>
    public const int SlowLatencyMs = 300;

    public const int SlowBytesPerSecond = 400_000 / 8;

    public sealed record Item(string Url, long Bytes);

    public double Kilobytes => Bytes / 1024.0;

    /// <summary>
    /// Opens <paramref name="path"/> in <paramref name="page"/> and measures it. <paramref name="cold"/> disables
    /// the browser's cache (a first visit: use a context where no service worker is installed yet, as the
    /// worker's own fetches are not the page's); <paramref name="slow"/> throttles the link as above.
    /// </summary>
    public static async Task<PageWeight> MeasureAsync(IPage page, string path, bool cold, bool slow)
    {
        ArgumentNullException.ThrowIfNull(page);
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var gate = new object();
        cdp.Event("Network.requestWillBeSent").OnEvent += (_, e) =>
        {
            if (e is { } json)
            {
                lock (gate)
                {
                    urls[json.GetProperty("requestId").GetString()!] = json.GetProperty("request").GetProperty("url").GetString()!;
                }
            }
        };
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
        {
            if (e is { } json)
            {
                lock (gate)
                {
                    sizes[json.GetProperty("requestId").GetString()!] = (long)json.GetProperty("encodedDataLength").GetDouble();
                }
            }
        };

        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.setCacheDisabled", new() { ["cacheDisabled"] = cold });
        await cdp.SendAsync("Network.emulateNetworkConditions", new()
        {
            ["offline"] = false,
            ["latency"] = slow ? SlowLatencyMs : 0,
            ["downloadThroughput"] = slow ? SlowBytesPerSecond : -1,
            ["uploadThroughput"] = slow ? SlowBytesPerSecond : -1,
        });

        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
        // Requests started after load (a script asking for data) are part of what the page costs.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 120_000 });
        var loadMs = await page.EvaluateAsync<double>("() => { const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime; }");

        await cdp.SendAsync("Network.emulateNetworkConditions", new() { ["offline"] = false, ["latency"] = 0, ["downloadThroughput"] = -1, ["uploadThroughput"] = -1 });
        await cdp.SendAsync("Network.setCacheDisabled", new() { ["cacheDisabled"] = false });
        await cdp.DetachAsync();

        List<Item> items;
        lock (gate)
        {
            items = [.. sizes.Select(s => new Item(urls.TryGetValue(s.Key, out var url) ? url : s.Key, s.Value)).OrderByDescending(i => i.Bytes)];
        }

        return new PageWeight(path, items.Sum(i => i.Bytes), items.Count, loadMs, items);
    }

    /// <summary>One line for a log or a failure message: "/Reports/Edit/5: 123,4 KB in 6 requests, load 3,2 s".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Path}: {Kilobytes:0.0} KB in {Requests} requests, load {LoadMilliseconds / 1000:0.0} s")
        + Environment.NewLine + string.Join(Environment.NewLine, Items.Select(i => string.Create(CultureInfo.InvariantCulture, $"  {i.Bytes / 1024.0,7:0.0} KB  {i.Url}")));
}
