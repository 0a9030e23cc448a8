using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Importing;
using LearningSociety.Web.Features.Exports;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Setup;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.PlanImport;

/// <summary>
/// Reads queued scans by OCR, one at a time (each page takes a core for seconds). Jobs are claimed with a
/// conditional update, so among several instances each runs once. Every minute it also marks failed the
/// jobs whose process died, deletes page images and text past their retention, and keeps the images of
/// all jobs within their disk budget (the oldest go first).
/// </summary>
public sealed partial class OcrWorker(
    IServiceScopeFactory scopes,
    WorkerSignal<OcrWorker> signal,
    OcrFiles files,
    PlanImportOptions options,
    DatabaseReadiness readiness,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<OcrWorker> logger) : JobQueueWorker<OcrWorker, OcrImportJob>(signal, readiness, configuration, logger)
{
    /// <summary>False on an instance that must not run OCR (and, in tests, must not poll the database).</summary>
    public const string RunWorkerKey = "Import:RunOcrWorker";

    public const string Interrupted = "Quá trình nhận dạng bị gián đoạn vì cổng thông tin khởi động lại. Hãy tải tệp lên lại.";

    protected override string EnabledKey => RunWorkerKey;

    /// <summary>A page may take the page timeout twice (render, recognise); a job silent for longer lost its process.</summary>
    private TimeSpan StaleAfter => (2 * options.OcrPageTimeout) + TimeSpan.FromMinutes(1);

    protected override async Task SweepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var stale = now - StaleAfter;
        var running = await db.OcrImportJobs.Where(j => j.State == OcrJobState.Running).Select(j => new { j.Id, j.HeartbeatAt, j.Worker }).ToListAsync(ct);
        foreach (var job in running.Where(j => j.HeartbeatAt is null || j.HeartbeatAt < stale || WorkerIdentity.IsGone(j.Worker)))
        {
            await EndAsync(db, job.Id, OcrJobState.Failed, null, Interrupted, ct);
            files.Delete(job.Id);
        }

        var cutoff = now - options.OcrRetention;
        var expired = await db.OcrImportJobs.Where(j => (j.State == OcrJobState.Done || j.State == OcrJobState.Failed) && j.CreatedAt < cutoff)
            .Select(j => j.Id).ToListAsync(ct);
        foreach (var id in expired)
        {
            files.Delete(id);
            await db.OcrImportJobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s.SetProperty(j => j.State, OcrJobState.Expired)
                .SetProperty(j => j.Text, (string?)null).SetProperty(j => j.Content, (byte[]?)null), ct);
        }
    }

    /// <summary>Deletes the oldest jobs' images (they expire) until the folders fit the disk budget with room for the next job.</summary>
    private async Task KeepWithinBudgetAsync(AppDbContext db, int running, CancellationToken ct)
    {
        var usage = files.Usage().Where(u => u.JobId != running).ToList();
        var total = usage.Sum(u => u.Bytes);
        foreach (var (id, bytes) in usage)
        {
            if (total <= options.OcrStorageBytes * 3 / 4)
            {
                break;
            }

            files.Delete(id);
            total -= bytes;
            await db.OcrImportJobs.Where(j => j.Id == id && j.State != OcrJobState.Running).ExecuteUpdateAsync(s => s.SetProperty(j => j.State, OcrJobState.Expired)
                .SetProperty(j => j.Text, (string?)null).SetProperty(j => j.Content, (byte[]?)null), ct);
        }
    }

    protected override async Task<OcrImportJob?> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var next = await db.OcrImportJobs.Where(j => j.State == OcrJobState.Queued).OrderBy(j => j.Id).Select(j => (int?)j.Id).FirstOrDefaultAsync(ct);
            if (next is not { } id)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            var claimed = await db.OcrImportJobs.Where(j => j.Id == id && j.State == OcrJobState.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, OcrJobState.Running).SetProperty(j => j.StartedAt, now)
                    .SetProperty(j => j.HeartbeatAt, now).SetProperty(j => j.Worker, WorkerIdentity.Current), ct);
            if (claimed == 1)
            {
                return await db.OcrImportJobs.AsNoTracking().SingleAsync(j => j.Id == id, ct);
            }
        }

        return null;
    }

    protected override async Task RunAsync(OcrImportJob job, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        string? text = null;
        string? error = null;
        try
        {
            await KeepWithinBudgetAsync(db, job.Id, stoppingToken);
            var scan = Rescan(job);
            var pages = await new ScanOcr(options).RecogniseAsync(scan, files.FolderOf(job.Id), async done =>
            {
                var at = clock.GetUtcNow();
                await db.OcrImportJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.PagesDone, done).SetProperty(j => j.HeartbeatAt, at), stoppingToken);
            }, stoppingToken);
            text = string.Join('\f', pages);
            if (text.Count(char.IsLetter) < 20)
            {
                error = "Không nhận dạng được chữ nào trong tệp (ảnh quá mờ, quá nhỏ, hoặc không phải văn bản). Hãy quét lại ở 200–300 dpi rồi tải lên lại.";
            }
            else if (text.Length > options.MaxFileBytes)
            {
                error = "Bản scan chứa quá nhiều chữ để đọc một lần. Hãy tách phần kế hoạch thành một tệp riêng.";
            }
        }
        catch (PlanFileException ex)
        {
            error = ex.Message;
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogJobFailed(logger, ex, job.Id);
            error = "Không nhận dạng được do lỗi hệ thống. Hãy thử lại sau.";
        }
        catch (Exception)
        {
            error = Interrupted;
        }

        if (error is not null)
        {
            files.Delete(job.Id);
        }

        await EndAsync(db, job.Id, error is null ? OcrJobState.Done : OcrJobState.Failed, error is null ? text : null, error, CancellationToken.None);
        LogJobFinished(logger, job.Id, job.Pages, error is null);
    }

    /// <summary>The stored upload as the scan checked at upload (page sizes read again: a PDF's, for its rendering resolution).</summary>
    private ScanSource Rescan(OcrImportJob job)
    {
        var bytes = job.Content ?? throw new PlanFileException("Tệp tải lên không còn trên máy chủ. Hãy tải tệp lên lại.");
        var extension = job.Format switch { ScanFormat.Pdf => ".pdf", ScanFormat.Png => ".png", _ => ".jpg" };
        return new PlanDocumentReader(options).Open(new MemoryStream(bytes), "scan" + extension, scans: true).Scan
            ?? throw new PlanFileException("Tệp đã có lớp chữ; hãy tải lên lại để đọc trực tiếp.");
    }

    private async Task EndAsync(AppDbContext db, int id, OcrJobState state, string? text, string? error, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        error = error is { Length: > 2000 } ? error[..2000] : error;
        await db.OcrImportJobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s.SetProperty(j => j.State, state).SetProperty(j => j.Text, text)
            .SetProperty(j => j.Error, error).SetProperty(j => j.Content, (byte[]?)null).SetProperty(j => j.FinishedAt, now), ct);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "OCR job {JobId} failed")]
    private static partial void LogJobFailed(ILogger logger, Exception ex, int jobId);

    [LoggerMessage(Level = LogLevel.Information, Message = "OCR job {JobId} ({Pages} pages) finished, ok={Ok}")]
    private static partial void LogJobFinished(ILogger logger, int jobId, int pages, bool ok);
}
