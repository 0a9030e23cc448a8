using System.Globalization;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Importing;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.PlanImport;

/// <summary>
/// Scans read by OCR for the plan importer: the job is queued at upload (the file already checked), run by
/// <see cref="OcrWorker"/>, and seen — status, page images, text — only by the person who uploaded it.
/// </summary>
public sealed class OcrJobs(AppDbContext db, WorkerSignal<OcrWorker> signal, OcrFiles files, PlanImportOptions options, TimeProvider clock)
{
    /// <summary>A new job, or <see cref="PlanFileException"/> when the server cannot read scans at all (nothing is saved then).</summary>
    public async Task<int> StartAsync(UserScope user, string fileName, ScanSource scan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(scan);
        if (!ScanOcr.IsInstalled(options.TesseractPath) || (scan.Format == ScanFormat.Pdf && !ScanOcr.IsInstalled(options.PdftoppmPath)))
        {
            throw new PlanFileException(ScanOcr.NotInstalled);
        }

        var job = new OcrImportJob
        {
            UserId = user.UserId, FileName = fileName.Length > 200 ? fileName[..200] : fileName, FileSize = scan.Bytes.Length, Format = scan.Format,
            Content = scan.Bytes, Pages = scan.Pages.Count, State = OcrJobState.Queued, CreatedAt = clock.GetUtcNow(),
        };
        db.OcrImportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return job.Id;
    }

    /// <summary>The job's state for its page and its JSON endpoint; null for a job that is not this user's (or does not exist).</summary>
    public async Task<OcrStatus?> StatusAsync(int id, string userId, CancellationToken ct)
    {
        var job = await db.OcrImportJobs.AsNoTracking().Where(j => j.Id == id && j.UserId == userId)
            .Select(j => new { j.Id, j.FileName, j.State, j.Pages, j.PagesDone, j.Error })
            .SingleOrDefaultAsync(ct);
        if (job is null)
        {
            return null;
        }

        var n = (int x) => x.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));
        var (busy, message) = job.State switch
        {
            OcrJobState.Queued => (true, "Đang chờ đến lượt nhận dạng…"),
            OcrJobState.Running => (true, $"Đang nhận dạng trang {n(Math.Min(job.PagesDone + 1, job.Pages))}/{n(job.Pages)}"),
            OcrJobState.Done => (false, $"Đã nhận dạng xong {n(job.Pages)} trang."),
            OcrJobState.Expired => (false, "Kết quả nhận dạng đã quá hạn lưu giữ và đã được xóa. Hãy tải tệp lên lại."),
            _ => (false, job.Error ?? "Không nhận dạng được tệp. Hãy tải tệp lên lại."),
        };
        var progress = job.State == OcrJobState.Done ? 100 : job.Pages == 0 ? 0 : 100 * job.PagesDone / job.Pages;
        return new OcrStatus(job.Id, job.FileName, job.State.ToString().ToLowerInvariant(), busy, progress, job.PagesDone, job.Pages, message,
            job.State == OcrJobState.Done ? $"/PlanImport/OcrReview/{job.Id}" : null);
    }

    /// <summary>The recognised pages of a finished job of this user, for the review page.</summary>
    public async Task<(string FileName, IReadOnlyList<string> Pages)?> ResultAsync(int id, string userId, CancellationToken ct)
    {
        var job = await db.OcrImportJobs.AsNoTracking().Where(j => j.Id == id && j.UserId == userId && j.State == OcrJobState.Done)
            .Select(j => new { j.FileName, j.Text }).SingleOrDefaultAsync(ct);
        return job?.Text is null ? null : (job.FileName, job.Text.Split('\f'));
    }

    /// <summary>The image of one page of this user's job, or null.</summary>
    public async Task<(string Path, string ContentType)?> PageImageAsync(int id, int page, string userId, CancellationToken ct)
    {
        var job = await db.OcrImportJobs.AsNoTracking().Where(j => j.Id == id && j.UserId == userId && j.State != OcrJobState.Expired)
            .Select(j => new { j.Format, j.PagesDone }).SingleOrDefaultAsync(ct);
        if (job is null || page < 1 || page > job.PagesDone)
        {
            return null;
        }

        var name = ScanOcr.PageImageName(job.Format == ScanFormat.Pdf ? ScanFormat.Png : job.Format, job.Format == ScanFormat.Pdf ? page : 1);
        var path = Path.Combine(files.FolderOf(id), name);
        return File.Exists(path) ? (path, job.Format == ScanFormat.Jpeg ? "image/jpeg" : "image/png") : null;
    }
}

/// <summary>What the progress page polls ("Đang nhận dạng trang 3/12").</summary>
public sealed record OcrStatus(int Id, string FileName, string State, bool Busy, int Progress, int PagesDone, int Pages, string Message, string? ReviewUrl);
