using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Exports.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningSociety.Web.Features.Exports;

/// <summary>
/// Marks failed the jobs whose process died while running them (the process is gone, or their
/// heartbeat stopped: another machine's), and
/// deletes files older than the retention time. Run by the worker at start and every minute.
/// </summary>
public sealed class ExportHousekeeping(AppDbContext db, ExportFiles files, IOptions<ExportJobOptions> options, TimeProvider clock)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var stale = now - options.Value.StaleAfter;
        var running = await db.ExportJobs.Where(j => j.State == ExportState.Running).ToListAsync(ct);
        foreach (var job in running.Where(j => j.HeartbeatAt is null || j.HeartbeatAt < stale || WorkerIdentity.IsGone(j.Worker)))
        {
            job.State = ExportState.Failed;
            job.Error = ExportWorker.Interrupted;
            job.FinishedAt = now;
            files.Delete(job.StoredFile);
            job.StoredFile = null;
        }

        var cutoff = now - options.Value.Retention;
        var expired = await db.ExportJobs.Where(j => (j.State == ExportState.Done || j.State == ExportState.Failed) && j.StoredFile != null && j.FinishedAt < cutoff)
            .ToListAsync(ct);
        foreach (var job in expired)
        {
            files.Delete(job.StoredFile);
            job.StoredFile = null;
            job.State = job.State == ExportState.Done ? ExportState.Expired : job.State;
        }

        await db.SaveChangesAsync(ct);
    }
}
