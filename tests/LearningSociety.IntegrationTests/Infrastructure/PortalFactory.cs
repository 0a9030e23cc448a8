using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // Start-up reads these before the host is built, so they go in as settings, not as configuration sources.
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabasePath}");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Logging:FilePath", Path.Combine(Folder, "logs", "portal-.log"));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient CreatePortalClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
