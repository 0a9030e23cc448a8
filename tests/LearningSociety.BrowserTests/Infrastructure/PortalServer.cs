using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LearningSociety.BrowserTests.Infrastructure;

/// <summary>
/// The real portal on Kestrel at http://127.0.0.1:&lt;free port&gt;, over a fresh SQLite file
/// created, migrated and seeded by the real start-up path, so a real browser can reach it.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo@12345";

    private readonly TimeProvider? clock;

    /// <param name="clock">The portal's "now"; the machine's clock when null.</param>
    public PortalServer(TimeProvider? clock = null)
    {
        this.clock = clock;
        // Port 0: Kestrel picks a free port on 127.0.0.1; StartServer() reports it in ClientOptions.BaseAddress.
        UseKestrel(0);
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("hoctap-browser-").FullName;

    /// <summary>Where the browser goes, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    public void Start()
    {
        StartServer();
        BaseUrl = ClientOptions.BaseAddress.ToString().TrimEnd('/');
        if (BaseUrl.EndsWith(":0", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Kestrel did not report the port it bound: " + BaseUrl);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development keeps the auth cookie usable over plain http (Secure only "same as request").
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(Folder, "portal.db")}");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Logging:FilePath", Path.Combine(Folder, "logs", "portal-.log"));
        builder.UseSetting("Uploads:Path", Path.Combine(Folder, "uploads"));
        builder.UseSetting("Import:OcrFolder", Path.Combine(Folder, "ocr"));
        // The demo periods stay as seeded: the period calendar would close the 2024 ones on today's real date.
        builder.UseSetting("Periods:CalendarEnabled", "false");
        if (clock is not null)
        {
            // A portal on a fixed day is one whose state a scenario can know: no reminder run changes it behind the test.
            builder.UseSetting("Reminders:Enabled", "false");
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(clock);
            });
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; a temp folder left behind is harmless.
        }
    }
}
