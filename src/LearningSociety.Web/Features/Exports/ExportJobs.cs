using System.Globalization;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Exports.Jobs;
using LearningSociety.Web.Features.Consolidated;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Exports;

/// <summary>
/// Queues exports and answers about them. A request is checked against the scope rules of
/// /Consolidated before anything is stored; a job is only ever visible to the user who asked.
/// </summary>
public sealed class ExportJobs(AppDbContext db, ConsolidationScope scopes, WorkerSignal<ExportWorker> signal, TimeProvider clock)
{
    /// <summary>Keeps "same user, same export while one is pending → same job" true for requests racing in this process.</summary>
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task<ExportOutcome> RequestAsync(UserScope user, ExportRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(request.Kind))
        {
            return new ExportOutcome(ScopeOutcome.NotFound, null);
        }

        var national = request.Kind == ExportKind.CommuneWorkbook && request.UnitId is null;
        if (national && !user.IsAdmin)
        {
            return new ExportOutcome(ScopeOutcome.Forbidden, null);
        }

        if (!national && request.UnitId is null)
        {
            return new ExportOutcome(ScopeOutcome.NotFound, null);
        }

        var scope = await scopes.ResolveAsync(user, request.PeriodId, request.UnitId, ct, request.View);
        if (scope.Outcome != ScopeOutcome.Ok || scope.Period is null || (!national && scope.Unit is null))
        {
            return new ExportOutcome(scope.Outcome == ScopeOutcome.Ok ? ScopeOutcome.NotFound : scope.Outcome, null);
        }

        bool? currentUnits = scope.Historic ? scope.View == HistoryView.Current : null;
        await Gate.WaitAsync(ct);
        try
        {
            var pending = await db.ExportJobs.Where(j => j.UserId == user.UserId && j.Kind == request.Kind && j.PeriodId == request.PeriodId
                    && j.UnitId == request.UnitId && j.ApprovedOnly == request.ApprovedOnly && j.CurrentUnits == currentUnits
                    && (j.State == ExportState.Queued || j.State == ExportState.Running))
                .OrderBy(j => j.Id).Select(j => (int?)j.Id).FirstOrDefaultAsync(ct);
            if (pending is { } id)
            {
                return new ExportOutcome(ScopeOutcome.Ok, id);
            }

            var job = new ExportJob
            {
                UserId = user.UserId,
                Kind = request.Kind,
                PeriodId = request.PeriodId,
                UnitId = request.UnitId,
                ApprovedOnly = request.ApprovedOnly,
                CurrentUnits = currentUnits,
                State = ExportState.Queued,
                Title = ExportTitles.Of(request.Kind, national ? "Toàn quốc" : scope.Unit!.Name, scope.Period.Name, request.ApprovedOnly)
                    + (currentUnits == true ? " · theo đơn vị hiện nay" : ""),
                CreatedAt = clock.GetUtcNow(),
            };
            db.ExportJobs.Add(job);
            await db.SaveChangesAsync(ct);
            signal.Notify();
            return new ExportOutcome(ScopeOutcome.Ok, job.Id);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The job, whoever asked for it: the caller asks <see cref="Authorization.ExportJobAuthorizationHandler"/> whether this user may read it.</summary>
    public Task<ExportJob?> FindAsync(int id, CancellationToken ct) =>
        db.ExportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, ct);

    public async Task<ExportStatus> StatusAsync(ExportJob job, CancellationToken ct)
    {
        int? position = job.State == ExportState.Queued
            ? await db.ExportJobs.CountAsync(j => j.State == ExportState.Queued && j.Id < job.Id, ct) + 1
            : null;
        return StatusOf(job, position);
    }

    public static ExportStatus StatusOf(ExportJob job, int? position)
    {
        ArgumentNullException.ThrowIfNull(job);
        var download = job.State == ExportState.Done ? DownloadUrl(job.Id) : null;
        var message = job.State switch
        {
            ExportState.Queued => $"Đang chờ đến lượt: thứ {(position ?? 1).ToString(CultureInfo.InvariantCulture)} trong hàng đợi.",
            ExportState.Running => $"Đang tạo tệp… {job.Progress.ToString(CultureInfo.InvariantCulture)}%",
            ExportState.Done => "Tệp đã sẵn sàng.",
            ExportState.Expired => "Tệp đã được xoá sau thời gian lưu giữ; hãy yêu cầu xuất lại.",
            _ => job.Error ?? "Không tạo được tệp; hãy thử lại.",
        };
        return new ExportStatus(job.Id, job.State.ToString().ToLowerInvariant(), job.State == ExportState.Done ? 100 : job.Progress,
            position, message, download, job.FileName);
    }

    /// <summary>The user's jobs of the last week, newest first.</summary>
    public async Task<IReadOnlyList<ExportJob>> RecentAsync(UserScope user, CancellationToken ct)
    {
        var since = clock.GetUtcNow().AddDays(-7);
        return await db.ExportJobs.AsNoTracking().Where(j => j.UserId == user.UserId && j.CreatedAt >= since)
            .OrderByDescending(j => j.Id).Take(50).ToListAsync(ct);
    }

    public static string PageUrl(int id) => "/Exports/" + id.ToString(CultureInfo.InvariantCulture);

    public static string DownloadUrl(int id) => PageUrl(id) + "/File";
}
