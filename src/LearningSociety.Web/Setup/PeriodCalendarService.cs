using LearningSociety.Infrastructure.Reporting;
using Microsoft.Extensions.Options;

namespace LearningSociety.Web.Setup;

/// <summary>
/// Runs the period calendar at start-up and then every Periods:CalendarIntervalMinutes (60): periods
/// open on the first day of their cut-off window and close after their grace. Every server may run
/// it (the runner is safe side by side); an error is logged and the next round tries again.
/// </summary>
public sealed class PeriodCalendarService(IServiceScopeFactory scopes, IOptions<PeriodCalendarOptions> options, TimeProvider clock, ILogger<PeriodCalendarService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.CalendarEnabled)
        {
            logger.LogInformation("Lịch mở, khóa sổ kỳ báo cáo đang tắt (Periods:CalendarEnabled = false)");
            return;
        }

        var interval = TimeSpan.FromMinutes(Math.Max(1, options.Value.CalendarIntervalMinutes));
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(interval, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    private async Task RunOnceAsync(CancellationToken ct)
    {
        // A fresh scope per round: a new DbContext, nothing tracked from the last round.
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<PeriodCalendarRunner>().RunAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Lỗi khi mở, khóa sổ kỳ báo cáo theo lịch; sẽ thử lại ở lượt sau");
        }
    }
}
