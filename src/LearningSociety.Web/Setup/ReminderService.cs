using LearningSociety.Infrastructure.Email;
using LearningSociety.Infrastructure.Reporting;

namespace LearningSociety.Web.Setup;

/// <summary>
/// Every Reminders:IntervalMinutes (15), creates the day's deadline reminders and e-mails pending
/// notifications. Every server may run it: the planner and the mailer are safe to run side by side.
/// An error is logged and the next round tries again; it never stops the portal.
/// </summary>
public sealed class ReminderService(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<ReminderService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Reminders:Enabled", true))
        {
            logger.LogInformation("Nhắc hạn và gửi thư thông báo đang tắt (Reminders:Enabled = false)");
            return;
        }

        var interval = TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Reminders:IntervalMinutes", 15)));
        var startDelay = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("Reminders:StartDelaySeconds", 30)));
        try
        {
            await Task.Delay(startDelay, clock, stoppingToken);
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

    /// <summary>One round: today's reminders, then the pending e-mails (tests call it after moving the clock).</summary>
    public async Task RunOnceAsync(CancellationToken ct)
    {
        // A fresh scope per round: a new DbContext, nothing tracked from the last round.
        await using (var scope = scopes.CreateAsyncScope())
        {
            try
            {
                await scope.ServiceProvider.GetRequiredService<ReminderPlanner>().RunAsync(ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Lỗi khi tạo lời nhắc hạn nộp báo cáo; sẽ thử lại ở lượt sau");
            }
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            try
            {
                await scope.ServiceProvider.GetRequiredService<NotificationMailer>().DispatchAsync(ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Lỗi khi gửi thư thông báo; sẽ thử lại ở lượt sau");
            }
        }
    }
}
