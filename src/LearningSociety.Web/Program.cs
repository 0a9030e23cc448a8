using LearningSociety.Infrastructure.Seeding;
using LearningSociety.Infrastructure.Setup;
using LearningSociety.Web.Setup;
using Serilog;

// Start-up failures are written here before (or instead of) the host's own logger.
Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateLogger();
try
{
    var command = PortalCommands.Parse(args);
    var builder = WebApplication.CreateBuilder(command?.HostArgs ?? args);
    builder.AddPortalLogging();
    builder.Services.AddPortal(builder.Configuration, builder.Environment);
    var app = builder.Build();

    if (command is not null)
    {
        return await command.RunAsync(app);
    }

    using var instanceLock = app.HoldInstanceLock();
    await app.InitializeOrWaitForDatabaseAsync();
    app.UsePortal();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is StartupException or SeedException)
{
    // Operator mistakes get one readable line, not a stack trace.
    Log.Fatal("Không khởi động được cổng thông tin: {Message}", ex.Message);
    return 1;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "Cổng thông tin dừng vì lỗi không mong đợi");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
