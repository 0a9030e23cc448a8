using System.IO.Compression;
using System.Text.Json;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Seeding;
using LearningSociety.Infrastructure.UnitLists;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Admin.UnitImport;

/// <summary>
/// Uploads, confirmations and the state of unit list imports. A file whose shape is wrong is refused
/// here, before a job exists; everything else is checked by the preview the worker runs.
/// </summary>
public sealed class UnitImportJobs(AppDbContext db, WorkerSignal<UnitImportWorker> signal, UnitImportProgress live, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A new job waiting for its preview, or the Vietnamese reason the file was refused.</summary>
    public async Task<(int? JobId, string? Error)> UploadAsync(UserScope user, IFormFile? file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (file is null || file.Length == 0)
        {
            return (null, "Hãy chọn tệp danh mục đơn vị hành chính (.json) để tải lên.");
        }

        var name = Path.GetFileName(file.FileName);
        name = name.Length > 200 ? name[..200] : name;
        if (!name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"Tệp “{name}” không phải tệp .json. Chỉ nhận danh mục đơn vị hành chính dạng JSON (như admin-units-2025-07-01-merges.json).");
        }

        if (file.Length > UnitListReader.MaxBytes)
        {
            return (null, $"Tệp “{name}” nặng {file.Length / 1024 / 1024} MB, lớn hơn giới hạn {UnitListReader.MaxBytes / 1024 / 1024} MB của một danh mục.");
        }

        byte[] bytes;
        try
        {
            await using var stream = file.OpenReadStream();
            bytes = await UnitListReader.ReadBoundedAsync(stream, name, ct);
            UnitListReader.Parse(name, bytes);
        }
        catch (SeedException ex)
        {
            return (null, ex.Message + " Cơ sở dữ liệu không thay đổi.");
        }

        var job = new UnitImportJob
        {
            UserId = user.UserId, UserName = user.UserName, FileName = name, FileSize = bytes.Length, Content = Compress(bytes),
            State = UnitImportState.Uploaded, CreatedAt = clock.GetUtcNow(),
        };
        db.UnitImportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return (job.Id, null);
    }

    /// <summary>Queues the import of a previewed list. Only the first confirmation counts: a second one, or one while it runs, changes nothing.</summary>
    public async Task<bool> ConfirmAsync(int id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var confirmed = await db.UnitImportJobs.Where(j => j.Id == id && j.State == UnitImportState.Ready)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, UnitImportState.Queued).SetProperty(j => j.ConfirmedAt, now)
                .SetProperty(j => j.Progress, 0), ct);
        if (confirmed == 1)
        {
            signal.Notify();
        }

        return confirmed == 1 || await db.UnitImportJobs.AnyAsync(j => j.Id == id, ct);
    }

    public async Task<UnitImportPageModel?> PageAsync(int id, CancellationToken ct)
    {
        var job = await db.UnitImportJobs.AsNoTracking().Where(j => j.Id == id)
            .Select(j => new UnitImportJob
            {
                Id = j.Id, UserName = j.UserName, FileName = j.FileName, FileSize = j.FileSize, State = j.State, Progress = j.Progress,
                Preview = j.Preview, Result = j.Result, Error = j.Error, CreatedAt = j.CreatedAt, ConfirmedAt = j.ConfirmedAt, FinishedAt = j.FinishedAt,
            })
            .SingleOrDefaultAsync(ct);
        return job is null ? null : new UnitImportPageModel(job, StatusOf(job), Read(job.Preview), Read(job.Result));
    }

    public async Task<UnitImportStatus?> StatusAsync(int id, CancellationToken ct)
    {
        var job = await db.UnitImportJobs.AsNoTracking().Where(j => j.Id == id)
            .Select(j => new UnitImportJob { Id = j.Id, State = j.State, Progress = j.Progress, Error = j.Error })
            .SingleOrDefaultAsync(ct);
        return job is null ? null : StatusOf(job);
    }

    public async Task<IReadOnlyList<UnitImportRow>> RecentAsync(CancellationToken ct) =>
        await db.UnitImportJobs.AsNoTracking().OrderByDescending(j => j.Id).Take(10)
            .Select(j => new UnitImportRow(j.Id, j.FileName, j.UserName, j.CreatedAt, j.State)).ToListAsync(ct);

    public static string StateName(UnitImportState state) => state switch
    {
        UnitImportState.Uploaded => "Chờ xem trước",
        UnitImportState.Previewing => "Đang xem trước",
        UnitImportState.Ready => "Chờ xác nhận",
        UnitImportState.Queued => "Chờ nhập",
        UnitImportState.Running => "Đang nhập",
        UnitImportState.Done => "Đã nhập",
        UnitImportState.Refused => "Bị từ chối",
        UnitImportState.Failed => "Không hoàn tất",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static byte[] Decompress(byte[] content)
    {
        using var input = new GZipStream(new MemoryStream(content), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private UnitImportStatus StatusOf(UnitImportJob job)
    {
        var progress = live.Get(job.Id) ?? job.Progress;
        var (busy, message) = job.State switch
        {
            UnitImportState.Uploaded => (true, "Đang chờ đến lượt xem trước…"),
            UnitImportState.Previewing => (true, $"Đang xem trước những gì sẽ thay đổi… {progress}%"),
            UnitImportState.Ready => (false, "Đã xem trước xong."),
            UnitImportState.Queued => (true, "Đang chờ đến lượt nhập…"),
            UnitImportState.Running => (true, $"Đang nhập danh mục… {progress}%"),
            UnitImportState.Done => (false, "Đã nhập xong."),
            UnitImportState.Refused => (false, "Tệp không được nhập; cơ sở dữ liệu không thay đổi."),
            UnitImportState.Failed => (false, job.Error ?? "Không hoàn tất; cơ sở dữ liệu không thay đổi."),
            _ => throw new ArgumentOutOfRangeException(nameof(job)),
        };
        var shown = job.State is UnitImportState.Done or UnitImportState.Ready ? 100 : busy ? progress : job.Progress;
        return new UnitImportStatus(job.Id, job.State.ToString().ToLowerInvariant(), busy, shown, message);
    }

    private static UnitImportChanges? Read(string? json) => json is null ? null : JsonSerializer.Deserialize<UnitImportChanges>(json, Json);

    private static byte[] Compress(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var zip = new GZipStream(output, CompressionLevel.Optimal))
        {
            zip.Write(bytes);
        }

        return output.ToArray();
    }
}
