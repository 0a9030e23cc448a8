using System.Diagnostics;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Exports.Jobs;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningSociety.Web.Features.Exports;

/// <summary>
/// Runs queued exports, at most <see cref="ExportJobOptions.MaxConcurrent"/> at once in this
/// process. Jobs are claimed with a conditional update, so several portal instances share one
/// queue without running a job twice. Running jobs refresh a heartbeat; on start and then
/// periodically, jobs whose process died are marked failed, and expired files are deleted.
/// </summary>
public sealed partial class ExportWorker(
    IServiceScopeFactory scopes,
    IOptions<ExportJobOptions> options,
    WorkerSignal<ExportWorker> signal,
    ExportConcurrency concurrency,
    DatabaseReadiness readiness,
    TimeProvider clock,
    ILogger<ExportWorker> logger) : BackgroundService
{
    public const string Interrupted = "Quá trình tạo tệp bị gián đoạn vì cổng thông tin khởi động lại; hãy thử lại.";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.RunWorker)
        {
            return;
        }

        var running = new List<Task>();
        Task? wake = null;
        var lastHousekeeping = DateTime.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!readiness.IsReady)
                {
                    await Task.Delay(settings.PollInterval, stoppingToken);
                    continue;
                }

                if (DateTime.UtcNow - lastHousekeeping > TimeSpan.FromMinutes(1))
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<ExportHousekeeping>().RunAsync(stoppingToken);
                    lastHousekeeping = DateTime.UtcNow;
                }

                running.RemoveAll(t => t.IsCompleted);
                while (running.Count < Math.Max(1, settings.MaxConcurrent) && await ClaimAsync(stoppingToken) is { } job)
                {
                    running.Add(Task.Run(() => RunAsync(job, stoppingToken), CancellationToken.None));
                }

                // Wake on a new job, on a finished one (a slot is free), or at the poll interval for other instances' jobs.
                // One wait at a time: an abandoned one would swallow the next signal.
                wake ??= signal.WaitAsync(settings.PollInterval, stoppingToken);
                await Task.WhenAny([wake, .. running]);
                if (wake.IsCompleted)
                {
                    wake = null;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogLoopFailed(logger, ex);
                await Task.Delay(settings.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        await Task.WhenAll(running);
    }

    private async Task<ExportJob?> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var next = await db.ExportJobs.Where(j => j.State == ExportState.Queued).OrderBy(j => j.Id).Select(j => (int?)j.Id).FirstOrDefaultAsync(ct);
            if (next is not { } id)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            var claimed = await db.ExportJobs.Where(j => j.Id == id && j.State == ExportState.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, ExportState.Running).SetProperty(j => j.StartedAt, now)
                    .SetProperty(j => j.HeartbeatAt, now).SetProperty(j => j.Worker, WorkerIdentity.Current).SetProperty(j => j.Progress, 1), ct);
            if (claimed == 1)
            {
                return await db.ExportJobs.AsNoTracking().SingleAsync(j => j.Id == id, ct);
            }
        }

        return null; // another instance keeps winning: try again at the next wake-up
    }

    private async Task RunAsync(ExportJob job, CancellationToken stoppingToken)
    {
        concurrency.Enter();
        var progress = 1;
        using var stopBeat = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var beat = HeartbeatAsync(job.Id, () => Volatile.Read(ref progress), stopBeat.Token);
        var clockStart = Stopwatch.GetTimestamp();
        (string? Stored, string? FileName, long Size, string? Error) result;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var runner = scope.ServiceProvider.GetRequiredService<ExportRunner>();
            result = await runner.RunAsync(job, p => Volatile.Write(ref progress, Math.Clamp(p, 1, 99)), stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogJobFailed(logger, ex, job.Id);
            result = (null, null, 0, "Không tạo được tệp do lỗi hệ thống; hãy thử lại.");
        }
        catch (Exception)
        {
            result = (null, null, 0, Interrupted); // the portal is stopping
        }
        finally
        {
            await stopBeat.CancelAsync();
            await beat;
            concurrency.Leave();
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = clock.GetUtcNow();
            var done = result.Error is null;
            var state = done ? ExportState.Done : ExportState.Failed;
            var percent = done ? 100 : Volatile.Read(ref progress);
            long? size = done ? result.Size : null;
            await db.ExportJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, state)
                .SetProperty(j => j.Progress, percent)
                .SetProperty(j => j.StoredFile, result.Stored)
                .SetProperty(j => j.FileName, result.FileName)
                .SetProperty(j => j.FileSize, size)
                .SetProperty(j => j.Error, result.Error)
                .SetProperty(j => j.FinishedAt, now), CancellationToken.None);
        }

        LogJobFinished(logger, job.Id, job.Kind, result.Error is null, Stopwatch.GetElapsedTime(clockStart).TotalMilliseconds);
        signal.Notify();
    }

    /// <summary>Stores progress and proves the job alive about once a second, from its own DbContext.</summary>
    private async Task HeartbeatAsync(int id, Func<int> progress, CancellationToken ct)
    {
        var last = -1;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        try
        {
            var beats = 0;
            while (await timer.WaitForNextTickAsync(ct))
            {
                var now = progress();
                if (now == last && ++beats % 4 != 0)
                {
                    continue;
                }

                last = now;
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var at = clock.GetUtcNow();
                await db.ExportJobs.Where(j => j.Id == id && j.State == ExportState.Running)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.Progress, now).SetProperty(j => j.HeartbeatAt, at), ct);
            }
        }
        catch (OperationCanceledException)
        {
            // the job ended
        }
        catch (Exception ex)
        {
            LogHeartbeatFailed(logger, ex, id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Export worker loop failed; retrying")]
    private static partial void LogLoopFailed(ILogger logger, Exception ex);

    [LoggerMessage(Level = LogLevel.Error, Message = "Export job {JobId} failed")]
    private static partial void LogJobFailed(ILogger logger, Exception ex, int jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Export job {JobId}: heartbeat stopped")]
    private static partial void LogHeartbeatFailed(ILogger logger, Exception ex, int jobId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Export job {JobId} ({Kind}) finished, ok={Ok}, {ElapsedMs:F0} ms")]
    private static partial void LogJobFinished(ILogger logger, int jobId, ExportKind kind, bool ok, double elapsedMs);
}
