using LearningSociety.Domain.Reporting;
using System.Text.Json;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Seeding;
using LearningSociety.Infrastructure.UnitLists;
using LearningSociety.Web.Features.Exports;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Setup;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Admin.UnitImport;

/// <summary>
/// Runs unit list jobs one at a time: the preview (the whole import, rolled back) of an uploaded list,
/// then, once confirmed, the same import committed. Jobs are claimed with a conditional update, so
/// among several instances, and for a list confirmed twice, each step runs once. A job whose process
/// died (no heartbeat for <see cref="StaleAfter"/>) is marked as not completed; its transaction was
/// rolled back with the process, so nothing changed.
/// </summary>
public sealed partial class UnitImportWorker(
    IServiceScopeFactory scopes,
    WorkerSignal<UnitImportWorker> signal,
    UnitImportProgress live,
    DatabaseReadiness readiness,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<UnitImportWorker> logger) : JobQueueWorker<UnitImportWorker, UnitImportJob>(signal, readiness, configuration, logger)
{
    /// <summary>False on an instance that must not run imports (and, in tests, must not poll the database).</summary>
    public const string RunWorkerKey = "UnitImport:RunWorker";

    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    protected override string EnabledKey => RunWorkerKey;

    protected override async Task SweepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var before = now - StaleAfter;
        var stale = db.UnitImportJobs.Where(j => (j.State == UnitImportState.Previewing || j.State == UnitImportState.Running) && j.HeartbeatAt < before);
        if (!await stale.AnyAsync(ct))
        {
            return; // no write, so no lock, in the usual case
        }

        await stale.ExecuteUpdateAsync(s => s.SetProperty(j => j.State, UnitImportState.Failed).SetProperty(j => j.Content, (byte[]?)null)
                .SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.Error, "Quá trình bị gián đoạn vì cổng thông tin khởi động lại; cơ sở dữ liệu không thay đổi. Hãy tải tệp lên lại."), ct);
    }

    protected override async Task<UnitImportJob?> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var next = await db.UnitImportJobs.Where(j => j.State == UnitImportState.Uploaded || j.State == UnitImportState.Queued)
                .OrderBy(j => j.Id).Select(j => new { j.Id, j.State }).FirstOrDefaultAsync(ct);
            if (next is null)
            {
                return null;
            }

            var running = next.State == UnitImportState.Uploaded ? UnitImportState.Previewing : UnitImportState.Running;
            var now = clock.GetUtcNow();
            var claimed = await db.UnitImportJobs.Where(j => j.Id == next.Id && j.State == next.State)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, running).SetProperty(j => j.StartedAt, now)
                    .SetProperty(j => j.HeartbeatAt, now).SetProperty(j => j.Worker, WorkerIdentity.Current).SetProperty(j => j.Progress, 1), ct);
            if (claimed == 1)
            {
                return await db.UnitImportJobs.AsNoTracking().SingleAsync(j => j.Id == next.Id, ct);
            }
        }

        return null;
    }

    protected override async Task RunAsync(UnitImportJob job, CancellationToken stoppingToken)
    {
        var preview = job.State == UnitImportState.Previewing;
        live.Set(job.Id, 1);
        using var stopBeat = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var beat = HeartbeatAsync(job.Id, stopBeat.Token);
        UnitImportChanges? changes = null;
        string? error = null;
        var refused = false;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
            var list = UnitListReader.Parse(job.FileName, UnitImportJobs.Decompress(job.Content ?? []));
            changes = await new UnitListImport(db).RunAsync(list, commit: !preview, p => live.Set(job.Id, p),
                c => audit.Add(job.UserId, job.UserName, UnitImportAudit.Action, AuditSubject.UnitImportJob, job.Id, UnitImportAudit.Details(job.FileName, c)),
                stoppingToken);
        }
        catch (SeedException ex)
        {
            refused = true;
            error = ex.Message + " Cơ sở dữ liệu không thay đổi.";
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogJobFailed(logger, ex, job.Id);
            error = "Không hoàn tất do lỗi hệ thống; cơ sở dữ liệu không thay đổi. Hãy thử lại sau.";
        }
        catch (Exception)
        {
            error = "Quá trình bị gián đoạn vì cổng thông tin dừng lại; cơ sở dữ liệu không thay đổi. Hãy tải tệp lên lại.";
        }
        finally
        {
            await stopBeat.CancelAsync();
            await beat;
        }

        error = error is { Length: > 2000 } ? error[..2000] : error;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var json = changes is null ? null : JsonSerializer.Serialize(changes, UnitImportJobs.Json);
            var state = error is null ? (preview ? UnitImportState.Ready : UnitImportState.Done) : refused ? UnitImportState.Refused : UnitImportState.Failed;
            var keep = state == UnitImportState.Ready; // the content is needed once more, for the import itself
            var now = clock.GetUtcNow();
            await db.UnitImportJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s =>
            {
                s.SetProperty(j => j.State, state).SetProperty(j => j.Progress, error is null ? 100 : 0).SetProperty(j => j.Error, error);
                if (preview)
                {
                    s.SetProperty(j => j.Preview, json);
                }
                else
                {
                    s.SetProperty(j => j.Result, json);
                }

                if (!keep)
                {
                    s.SetProperty(j => j.Content, (byte[]?)null).SetProperty(j => j.FinishedAt, now);
                }
            }, CancellationToken.None);
        }

        live.Remove(job.Id);
        LogJobFinished(logger, job.Id, preview ? "preview" : "import", error is null);
    }

    /// <summary>
    /// Proves the job alive every few seconds, from its own connection. On SQLite the import's transaction
    /// holds the write lock, so this waits at most a second and tries again later; the live progress is in memory.
    /// </summary>
    private async Task HeartbeatAsync(int id, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(3));
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                    db.Database.SetCommandTimeout(1);
                    var at = clock.GetUtcNow();
                    var progress = live.Get(id) ?? 1;
                    await db.UnitImportJobs.Where(j => j.Id == id && (j.State == UnitImportState.Previewing || j.State == UnitImportState.Running))
                        .ExecuteUpdateAsync(s => s.SetProperty(j => j.Progress, progress).SetProperty(j => j.HeartbeatAt, at), ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogHeartbeatSkipped(logger, id);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // the job ended
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unit import job {JobId} failed")]
    private static partial void LogJobFailed(ILogger logger, Exception ex, int jobId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Unit import job {JobId}: heartbeat skipped (database busy)")]
    private static partial void LogHeartbeatSkipped(ILogger logger, int jobId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Unit import job {JobId} ({Step}) finished, ok={Ok}")]
    private static partial void LogJobFinished(ILogger logger, int jobId, string step, bool ok);
}
