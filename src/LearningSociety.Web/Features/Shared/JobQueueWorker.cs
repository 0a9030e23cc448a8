using LearningSociety.Web.Setup;

namespace LearningSociety.Web.Features.Shared;

/// <summary>
/// The loop of a worker over a table of queued jobs (unit-list imports, OCR of scanned plans): once the
/// database is ready, a sweep every minute (jobs whose process died, old files), then every queued job in
/// turn, then a wait until a job is queued in this process or the next poll. A failure of the loop is
/// logged and the loop goes on; nothing here knows what a job does.
/// </summary>
public abstract partial class JobQueueWorker<TWorker, TJob>(
    WorkerSignal<TWorker> signal,
    DatabaseReadiness readiness,
    IConfiguration configuration,
    ILogger logger) : BackgroundService
    where TJob : class
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    /// <summary>The configuration key that, when false, keeps this instance from running the jobs.</summary>
    protected abstract string EnabledKey { get; }

    protected abstract Task SweepAsync(CancellationToken ct);

    /// <summary>The next queued job, taken by this instance (null: none waiting).</summary>
    protected abstract Task<TJob?> ClaimAsync(CancellationToken ct);

    protected abstract Task RunAsync(TJob job, CancellationToken stoppingToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue(EnabledKey, true))
        {
            return;
        }

        var lastSweep = DateTime.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (readiness.IsReady)
                {
                    if (DateTime.UtcNow - lastSweep > TimeSpan.FromMinutes(1))
                    {
                        await SweepAsync(stoppingToken);
                        lastSweep = DateTime.UtcNow;
                    }

                    while (await ClaimAsync(stoppingToken) is { } job)
                    {
                        await RunAsync(job, stoppingToken);
                    }
                }

                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogLoopFailed(logger, ex, typeof(TWorker).Name);
                await Task.Delay(PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Worker} loop failed; retrying")]
    private static partial void LogLoopFailed(ILogger logger, Exception ex, string worker);
}
