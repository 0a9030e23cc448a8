using System.Net;
using LearningSociety.Infrastructure.Data;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// The database goes away in the middle of the day, or is not there when the portal starts: users get a
/// Vietnamese 503 page (never a stack trace), /health says 503, and everything works again when the
/// database is back, without restarting the portal. Running as root, chmod 000 changes nothing, so the
/// file is moved away instead (as when a disk is unmounted).
/// </summary>
public sealed class DatabaseOutageTests
{
    private const string OutageText = "Cổng thông tin tạm thời không truy cập được cơ sở dữ liệu";

    [Fact]
    public async Task A_database_file_that_disappears_mid_day_gives_503_pages_and_recovers_when_it_is_back()
    {
        await using var factory = new PortalFactory();
        var client = await factory.SignedInAsync("xa.longhuudong@hoctap.local");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Plans")).StatusCode);

        var away = factory.DatabasePath + ".away";
        File.Move(factory.DatabasePath, away);
        try
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
            // The plan list read a moment ago is kept in memory until the next write (none can happen now), so
            // it is still served; a page that needs the database answers 503 with the outage page.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Plans")).StatusCode);
            var page = await client.GetAsync("/Plans?q=xoa+mu+chu");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Equal("30", page.Headers.RetryAfter?.ToString());
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains(OutageText, html, StringComparison.Ordinal);
            Assert.Contains("chưa được ghi nhận", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
            Assert.DoesNotContain(" at LearningSociety", html, StringComparison.Ordinal);
            // No empty database was created in its place.
            Assert.False(File.Exists(factory.DatabasePath));
        }
        finally
        {
            File.Move(away, factory.DatabasePath);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var again = await client.GetAsync("/Plans");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("KH-BCĐ", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_portal_started_without_its_database_answers_503_and_finishes_starting_when_the_database_comes_back()
    {
        await using var factory = new PortalFactory();
        // A folder where the database file should be: SQLite cannot open it, even for root.
        Directory.CreateDirectory(factory.DatabasePath);
        factory.Settings["Database:RetrySeconds"] = "1";
        var client = factory.CreatePortalClient();

        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var login = await client.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, login.StatusCode);
        Assert.Contains(OutageText, await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Directory.Delete(factory.DatabasePath);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await client.GetAsync("/health")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < deadline, "the portal did not recover within 60 s");
            await Task.Delay(250);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("admin@hoctap.local")).StatusCode);
    }

    [Theory]
    [InlineData(null, 2L)]
    [InlineData("Normal", 1L)]
    public async Task Every_connection_runs_in_WAL_mode_with_the_configured_synchronous_level(string? setting, long expected)
    {
        await using var factory = new PortalFactory();
        if (setting is not null)
        {
            factory.Settings["Database:SqliteSynchronous"] = setting;
        }

        factory.CreatePortalClient();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync(); // through EF, as every query of the portal
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA synchronous";
        Assert.Equal(expected, await command.ExecuteScalarAsync());
    }
}
