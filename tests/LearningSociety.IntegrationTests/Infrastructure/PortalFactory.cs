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

    /// <summary>Starts on 05/12/2024, five days before the demo period's deadline of 10/12/2024.</summary>
    public TestClock Clock { get; } = new(new DateTimeOffset(2024, 12, 5, 2, 0, 0, TimeSpan.Zero));

    /// <summary>Where the portal writes e-mails (no SMTP server in tests).</summary>
    public string MailFolder => Path.Combine(Folder, "mail");

    /// <summary>Development unless a test needs what only happens outside it (Secure cookies, HSTS).</summary>
    public string EnvironmentName { get; set; } = "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        // Start-up reads these before the host is built, so they go in as settings, not as configuration sources.
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabasePath}");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Logging:FilePath", Path.Combine(Folder, "logs", "portal-.log"));
        builder.UseSetting("Uploads:Path", Path.Combine(Folder, "uploads"));
        builder.UseSetting("Import:OcrFolder", Path.Combine(Folder, "ocr"));
        // Tests run the reminder planner and mailer themselves, at the time they choose.
        builder.UseSetting("Reminders:Enabled", "false");
        // ... and the period calendar (PeriodCalendarRunner) on the day they choose.
        builder.UseSetting("Periods:CalendarEnabled", "false");
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

    /// <summary>Runs a piece of test code against the portal's own database.</summary>
    public async Task<T> WithDbAsync<T>(Func<LearningSociety.Infrastructure.Data.AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<LearningSociety.Infrastructure.Data.AppDbContext>());
    }

    public HttpClient CreatePortalClient(Uri? baseAddress = null) =>
        CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = true, BaseAddress = baseAddress ?? new Uri("http://localhost"),
        });

    /// <summary>A user bound to the agency with the given seed key (e.g. a commune's "28111:ubnd").</summary>
    public async Task<string> CreateUserAsync(string email, string role, string agencyKey)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningSociety.Infrastructure.Data.AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<LearningSociety.Infrastructure.Identity.AppUser>>();
        var agency = db.Agencies.Single(a => a.Key == agencyKey);
        var user = new LearningSociety.Infrastructure.Identity.AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, FullName = email, AgencyId = agency.Id, UnitId = agency.UnitId,
        };
        var result = await users.CreateAsync(user, DemoPassword);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return user.Id;
    }
}
