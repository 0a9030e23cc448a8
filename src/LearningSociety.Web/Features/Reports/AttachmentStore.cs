using LearningSociety.Domain.Commands;
using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// Evidence files: checked by their content (not their name), stored outside the web root under
/// generated names, and handed out only to users who may read the report.
/// </summary>
public sealed class AttachmentStore(AppDbContext db, IConfiguration configuration, IWebHostEnvironment environment, TimeProvider clock, AuditLog audit)
{
    public long MaxBytes => configuration.GetValue<long?>("Uploads:MaxBytes") ?? 20L * 1024 * 1024;

    /// <summary>Evidence for one report: a handful of documents, not an archive.</summary>
    public int MaxFilesPerReport => configuration.GetValue<int?>("Uploads:MaxFilesPerReport") ?? 10;

    public long MaxTotalBytesPerReport => configuration.GetValue<long?>("Uploads:MaxTotalBytesPerReport") ?? 50L * 1024 * 1024;

    private string Folder => Path.GetFullPath(configuration["Uploads:Path"] ?? Path.Combine(environment.ContentRootPath, "App_Data", "uploads"));

    /// <summary>Adds evidence to <paramref name="report"/> (loaded with its period, its editing allowed by the caller).</summary>
    public async Task<CommandResult> AddAsync(Report report, IFormFile? file, UserScope user, CancellationToken ct)
    {
        if (ReportWorkflow.CanEdit(report, report.Period!) is { } locked)
        {
            return CommandResult.Refused(locked);
        }

        if (file is null || file.Length == 0)
        {
            return CommandResult.Refused("Vui lòng chọn một tệp (tệp rỗng không được chấp nhận).");
        }

        if (file.Length > MaxBytes)
        {
            return CommandResult.Refused($"Tệp “{file.FileName}” lớn hơn giới hạn {MaxBytes / 1024 / 1024} MB.");
        }

        var held = await db.ReportAttachments.Where(a => a.ReportId == report.Id).GroupBy(a => 1)
            .Select(g => new { Count = g.Count(), Bytes = g.Sum(a => a.Size) }).SingleOrDefaultAsync(ct);
        if (held is not null && held.Count >= MaxFilesPerReport)
        {
            return CommandResult.Refused($"Báo cáo đã có {held.Count} tệp, tối đa {MaxFilesPerReport} tệp cho một báo cáo. Hãy xóa bớt tệp không cần thiết hoặc gộp thành một tệp PDF.");
        }

        if ((held?.Bytes ?? 0) + file.Length > MaxTotalBytesPerReport)
        {
            return CommandResult.Refused($"Tổng dung lượng tệp của một báo cáo tối đa {MaxTotalBytesPerReport / 1024 / 1024} MB; báo cáo đã có {Megabytes(held?.Bytes ?? 0)} MB, "
                + $"tệp “{Path.GetFileName(file.FileName)}” thêm {Megabytes(file.Length)} MB.");
        }

        var name = Path.GetFileName(file.FileName);
        byte[] head = new byte[8];
        await using (var peek = file.OpenReadStream())
        {
            _ = await peek.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        }

        var contentType = FileSignature.Detect(head, Path.GetExtension(name));
        if (contentType is null)
        {
            return CommandResult.Refused($"Tệp “{name}” không phải PDF, Word, Excel hay ảnh JPEG/PNG (nội dung không khớp với phần mở rộng).");
        }

        Directory.CreateDirectory(Folder);
        var stored = Guid.NewGuid().ToString("N");
        await using (var target = File.Create(Path.Combine(Folder, stored)))
        {
            await file.CopyToAsync(target, ct);
        }

        var now = clock.GetUtcNow();
        db.ReportAttachments.Add(new ReportAttachment
        {
            ReportId = report.Id, FileName = name, StoredName = stored, ContentType = contentType, Size = file.Length, UploadedAt = now, UploadedBy = user.UserName,
        });
        db.ReportEvents.Add(new ReportEvent { ReportId = report.Id, Action = ReportAction.AttachmentAdded, At = now, UserId = user.UserId, UserName = user.UserName, Comment = name });
        audit.Add(user, AuditAction.ReportAttach, AuditSubject.Report, report.Id, name);
        await db.SaveChangesAsync(ct);
        return CommandResult.Success;
    }

    public async Task<(ReportAttachment Attachment, Stream Content)?> OpenAsync(int attachmentId, UserScope user, CancellationToken ct)
    {
        var attachment = await db.ReportAttachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && db.Reports.Visible(db, user).Any(r => r.Id == a.ReportId))
            .SingleOrDefaultAsync(ct);
        var path = attachment is null ? null : Path.Combine(Folder, attachment.StoredName);
        return path is not null && File.Exists(path) ? (attachment!, File.OpenRead(path)) : null;
    }

    /// <summary>The attachment and its report (with its period) when the user may see the report; else null.</summary>
    public async Task<(ReportAttachment Attachment, Report Report)?> FindAsync(int attachmentId, UserScope user, CancellationToken ct)
    {
        var attachment = await db.ReportAttachments.SingleOrDefaultAsync(a => a.Id == attachmentId, ct);
        var report = attachment is null ? null
            : await db.Reports.Visible(db, user).Include(r => r.Period).SingleOrDefaultAsync(r => r.Id == attachment.ReportId, ct);
        return report is null ? null : (attachment!, report);
    }

    /// <summary>Removes an attachment found by <see cref="FindAsync"/> (the report's editing allowed by the caller); false when the workflow no longer allows it.</summary>
    public async Task<bool> DeleteAsync(ReportAttachment attachment, Report report, UserScope user, CancellationToken ct)
    {
        if (ReportWorkflow.CanEdit(report, report.Period!) is not null)
        {
            return false;
        }

        db.ReportAttachments.Remove(attachment);
        db.ReportEvents.Add(new ReportEvent { ReportId = report.Id, Action = ReportAction.AttachmentRemoved, At = clock.GetUtcNow(), UserId = user.UserId, UserName = user.UserName, Comment = attachment.FileName });
        audit.Add(user, AuditAction.ReportDetach, AuditSubject.Report, report.Id, attachment.FileName);
        await db.SaveChangesAsync(ct);
        File.Delete(Path.Combine(Folder, attachment.StoredName));
        return true;
    }

    private static string Megabytes(long bytes) => (bytes / 1024m / 1024m).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
}
