using System.Globalization;
using Serilog;
using Serilog.Events;

namespace LearningSociety.Web.Setup;

public static class LoggingSetup
{
    /// <summary>
    /// Console and a daily rolling file (Logging:FilePath, default logs/portal-.log), levels from the
    /// "Serilog" section. Each host gets its own logger, so several hosts in one process (tests) never share one.
    /// </summary>
    public static void AddPortalLogging(this WebApplicationBuilder builder)
    {
        var path = builder.Configuration["Logging:FilePath"] ?? Path.Combine(builder.Environment.ContentRootPath, "logs", "portal-.log");
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore.Database.Command", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File(path, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31, formatProvider: CultureInfo.InvariantCulture)
            .CreateLogger();
        builder.Services.AddSerilog(logger, dispose: true);
    }
}
