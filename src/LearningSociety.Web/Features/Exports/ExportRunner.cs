using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Rollup;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Exports.Jobs;
using LearningSociety.Infrastructure.Rollup;
using LearningSociety.Web.Features.Consolidated;
using LearningSociety.Web.Features.Reports;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Exports;

/// <summary>
/// Produces one job's file with the same services as the page (scope check, access filter,
/// roll-up, model), as the requesting user with the roles they have now. Reports progress
/// through <paramref name="progress"/> (0–100); the worker stores it.
/// </summary>
public sealed class ExportRunner(AppDbContext db, UserScopeProvider scopes, ConsolidationService service, ConsolidatedDocuments documents, RollupTreeLoader loader, ExportFiles files, TimeProvider clock)
{
    /// <returns>The stored name, the download name and the size; or a refusal in Vietnamese.</returns>
    public async Task<(string? Stored, string? FileName, long Size, string? Error)> RunAsync(ExportJob job, Action<int> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(progress);
        var user = await scopes.LoadAsync(job.UserId, ct);
        if (user is null)
        {
            return (null, null, 0, "Tài khoản yêu cầu không còn tồn tại.");
        }

        progress(5);
        return job.Kind == ExportKind.CommuneWorkbook && job.UnitId is null
            ? await NationalAsync(job, user, progress, ct)
            : await ConsolidatedAsync(job, user, progress, ct);
    }

    private async Task<(string?, string?, long, string?)> ConsolidatedAsync(ExportJob job, UserScope user, Action<int> progress, CancellationToken ct)
    {
        var view = job.CurrentUnits switch { true => HistoryView.Current, false => HistoryView.Reported, null => (HistoryView?)null };
        var consolidation = await service.ComputeAsync(user, job.PeriodId, job.UnitId, job.ApprovedOnly, ct, view);
        if (consolidation.Outcome != ScopeOutcome.Ok || consolidation is not { Tree: { } tree, Result: { } root })
        {
            return (null, null, 0, consolidation.Outcome == ScopeOutcome.Forbidden
                ? "Đơn vị nằm ngoài phạm vi bạn được xem."
                : "Không có số liệu để tổng hợp cho kỳ và đơn vị này.");
        }

        progress(40);
        if (job.Kind == ExportKind.CommuneWorkbook)
        {
            var ancestors = consolidation.Scope.Breadcrumb.ToDictionary(c => c.Id, c => c.Name);
            var unit = consolidation.Scope.Unit?.Name ?? "";
            return await SaveAsync(job, "xlsx", $"Số liệu theo xã - {unit} - {tree.Period.Name}.xlsx", stream =>
                CommuneWorkbook.Write(stream, tree, root, ancestors, unit, job.ApprovedOnly, clock.GetUtcNow(), Rows(progress, 40)));
        }

        // The same builder as the direct download: the same request gives the same document.
        var asPdf = job.Kind == ExportKind.ConsolidatedPdf;
        var file = await documents.BuildAsync(consolidation, asPdf, ct);
        progress(90);
        return await SaveAsync(job, asPdf ? "pdf" : "xlsx", FileNameOf(file.Disposition), stream => stream.Write(file.Content));
    }

    /// <summary>Every province under a virtual root: administrators only, as the request already checked.</summary>
    private async Task<(string?, string?, long, string?)> NationalAsync(ExportJob job, UserScope user, Action<int> progress, CancellationToken ct)
    {
        if (!user.IsAdmin)
        {
            return (null, null, 0, "Chỉ quản trị viên được xuất số liệu toàn quốc.");
        }

        var tree = await loader.LoadAsync(job.PeriodId, null, db.Reports.Visible(db, user), ct);
        if (tree is null)
        {
            return (null, null, 0, "Không có số liệu để tổng hợp cho kỳ này.");
        }

        progress(30);
        var root = tree.Compute(new RollupOptions { ApprovedOnly = job.ApprovedOnly, Today = VietnamTime.Today(clock) });
        progress(40);
        return await SaveAsync(job, "xlsx", $"Số liệu theo xã - Toàn quốc - {tree.Period.Name}.xlsx", stream =>
            CommuneWorkbook.Write(stream, tree, root, new Dictionary<int, string>(), "Toàn quốc", job.ApprovedOnly, clock.GetUtcNow(), Rows(progress, 40)));
    }

    private static Action<int, int> Rows(Action<int> progress, int from) =>
        (done, all) => progress(from + (int)((99L - from) * done / Math.Max(all, 1)));

    private async Task<(string?, string?, long, string?)> SaveAsync(ExportJob job, string extension, string fileName, Action<Stream> write)
    {
        var stored = files.NewName(job.Id, extension);
        try
        {
            await using (var stream = files.Create(stored))
            {
                // The writers are synchronous (Open XML, Skia); they run on the worker's own thread.
                write(stream);
            }

            return (stored, fileName, new FileInfo(files.PathOf(stored)).Length, null);
        }
        catch
        {
            files.Delete(stored);
            throw;
        }
    }

    /// <summary>The Vietnamese name from "…; filename*=UTF-8''…".</summary>
    private static string FileNameOf(string disposition)
    {
        var at = disposition.IndexOf("''", StringComparison.Ordinal);
        return at < 0 ? "bao-cao" : Uri.UnescapeDataString(disposition[(at + 2)..]);
    }
}
