using LearningSociety.Infrastructure.Setup;

namespace LearningSociety.Web.Setup;

/// <summary>Finishes a start-up that could not reach the database, as soon as the database answers.</summary>
public sealed class DatabaseStartupRetry(
    DatabaseReadiness readiness,
    IServiceProvider services,
    IConfiguration configuration,
    IHostEnvironment environment,
    IHostApplicationLifetime lifetime,
    ILogger<DatabaseStartupRetry> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Database:RetrySeconds", 10)));
        while (!readiness.IsReady && !stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(interval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await services.InitializeDatabaseAsync(configuration, environment);
                readiness.MarkReady();
                logger.LogWarning("Đã kết nối lại cơ sở dữ liệu; cổng thông tin hoạt động bình thường.");
            }
            catch (Exception ex) when (DatabaseFailure.IsUnavailable(ex))
            {
                readiness.MarkUnavailable(ex.Message);
                logger.LogWarning("Vẫn chưa truy cập được cơ sở dữ liệu: {Message}", ex.Message);
            }
            catch (Exception ex)
            {
                // Reachable but wrong (a failing migration, a broken seed file): no point waiting.
                logger.LogCritical(ex, "Khởi tạo cơ sở dữ liệu thất bại; dừng cổng thông tin");
                lifetime.StopApplication();
                return;
            }
        }
    }
}
