using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace LearningSociety.IntegrationTests.Infrastructure;

/// <summary>
/// The real portal over a real SQLite file, created and migrated by the real start-up path.
/// Two factories given the same folder share one database (used to prove restarts change nothing).
/// </summary>
public sealed class PortalFactory(string? folder = null) : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo@12345";

    public string Folder { get; } = folder ?? Directory.CreateTempSubdirectory("hoctap-it-").FullName;

    public string DatabasePath => Path.Combine(Folder, "portal.db");

    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>The portal's clock: starts at the real time, tests move it.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>Where the portal writes e-mails (no SMTP server in tests).</summary>
    public string MailFolder => Path.Combine(Folder, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // Start-up reads these before the host is built, so they go in as settings, not as configuration sources.
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabasePath}");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Logging:FilePath", Path.Combine(Folder, "logs", "portal-.log"));
        // Tests run the reminder planner and mailer themselves, at the time they choose.
        builder.UseSetting("Reminders:Enabled", "false");
        builder.UseSetting("Email:PickupPath", MailFolder);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    // Program.cs sets Serilog's static bootstrap logger, and each host freezes it on start: two hosts
    // starting at once race for it ("The logger is already frozen"), and the loser's entry point exits
    // without building a host. Test classes run in parallel, so hosts start one at a time.
    private static readonly Lock StartLock = new();

    protected override IHost CreateHost(IHostBuilder builder)
    {
        lock (StartLock)
        {
            return base.CreateHost(builder);
        }
    }

    public HttpClient CreatePortalClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
