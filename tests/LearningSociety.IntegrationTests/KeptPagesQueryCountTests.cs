using LearningSociety.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// A page read again with no write in between is served from what the first read kept (FreshCache): it sends
/// no SQL at all — neither its own queries nor the per-request ones (stamp, scope, unread count, two-factor flag).
/// </summary>
public sealed class KeptPagesQueryCountTests(ITestOutputHelper output) : IAsyncLifetime
{
    // The workers poll their queues on the same database: their commands are not the page's.
    private readonly PortalFactory _factory = new() { Settings = { ["Exports:Jobs:RunWorker"] = "false", ["UnitImport:RunWorker"] = "false", ["Import:RunOcrWorker"] = "false" } };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("so.gddt@hoctap.local")]
    [InlineData("lanhdao@hoctap.local")]
    [InlineData("admin@hoctap.local")]
    [InlineData("xa.longhuudong@hoctap.local")]
    public async Task A_page_read_again_without_a_write_sends_no_query(string account)
    {
        _factory.CreatePortalClient();
        var client = await _factory.SignedInAsync(account);
        var period = await _factory.PeriodIdAsync("KH-BCĐ");
        var longAn = await _factory.UnitIdAsync(Consolidations.LongAn);
        List<string> pages = ["/", "/Reports", "/Plans", "/Plans?Q=xoa+mu+chu&Year=2024"];
        if (!account.StartsWith("xa.", StringComparison.Ordinal))
        {
            pages.AddRange(["/Consolidated", Consolidations.Url("/Consolidated", period, longAn), "/Dashboard"]);
        }

        using var counter = new SqlCommandCounter(_factory.DatabasePath);
        foreach (var page in pages)
        {
            await client.GetStringAsync(page); // the first read computes and keeps
        }

        var queries = new List<string>();
        foreach (var page in pages)
        {
            await counter.CountAsync(() => client.GetStringAsync(page));
            output.WriteLine($"{account} {page}: {counter.Count} queries");
            queries.AddRange(counter.Commands.Select(c => $"{page}: {c}"));
        }

        Assert.True(queries.Count == 0, string.Join(Environment.NewLine, queries));
    }
}
