using Serilog;
using Serilog.Events;

namespace LearningSociety.Web.Setup;

public static class LoggingSetup
{
    /// <summary>Console and a daily rolling file (Logging:FilePath, default logs/portal-.log), levels from the "Serilog" section.</summary>
    public static void AddPortalLogging(this WebApplicationBuilder builder)
    {
        var path = builder.Configuration["Logging:FilePath"] ?? Path.Combine(builder.Environment.ContentRootPath, "logs", "portal-.log");
        builder.Services.AddSerilog((services, config) => config
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore.Database.Command", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(path, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31, formatProvider: System.Globalization.CultureInfo.InvariantCulture));
    }
}
