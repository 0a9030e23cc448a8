using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Reports;

public sealed class ReportQueries(AppDbContext db, TimeProvider clock, FreshCache cache)
{
    /// <summary>The report with its period, to be changed, if the user may see it at all; else null.</summary>
    public Task<Report?> ForChangeAsync(int id, UserScope user, CancellationToken ct) =>
        db.Reports.Visible(db, user).Include(r => r.Period).SingleOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>"Báo cáo của tôi": what the user's agency owes (returned first, then by deadline),
    /// what waits for its review, and who has not reported yet (the chase list).</summary>
    public Task<MyReportsModel> MineAsync(UserScope user, CancellationToken ct) =>
        cache.GetOrCreateAsync($"mine|{user.AccessKey}|{VietnamTime.Today(clock).DayNumber}", () => MineUncachedAsync(user, ct));

    private async Task<MyReportsModel> MineUncachedAsync(UserScope user, CancellationToken ct)
    {
        var agencyId = user.AgencyId ?? -1;
        var rows = await Rows(db.Reports.Visible(db, user).Where(r => r.AgencyId == agencyId || r.ReviewerAgencyId == agencyId)).ToListAsync(ct);
        var agency = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Name).SingleOrDefaultAsync(ct);
        var own = rows.Where(r => r.AgencyId == agencyId)
            .OrderBy(r => r.Status switch { ReportStatus.Returned => 0, ReportStatus.Draft => 1, _ => 2 })
            .ThenBy(r => r.Deadline).ToList();
        var others = rows.Where(r => r.ReviewerAgencyId == agencyId && r.AgencyId != agencyId).ToList();
        return new MyReportsModel(
            VietnamTime.Today(clock),
            agency,
            own,
            [.. others.Where(r => r.Status == ReportStatus.Submitted).OrderBy(r => r.SubmittedAt)],
            [.. others.Where(r => r.Status is ReportStatus.Draft or ReportStatus.Returned && !r.PeriodClosed).OrderBy(r => r.Deadline).ThenBy(r => r.Unit, StringComparer.Ordinal)]);
    }

    private IQueryable<MyReportsModel.Row> Rows(IQueryable<Report> reports) =>
        reports.AsNoTracking().Select(r => new MyReportsModel.Row(
            r.Id,
            r.AgencyId,
            r.ReviewerAgencyId,
            r.Period!.PlanId,
            (r.Period.Plan!.Number ?? "…") + "/" + r.Period.Plan.Symbol,
            r.Period.Name,
            r.Period.Year,
            r.Agency!.Name,
            r.Unit!.Name,
            r.Agency.ContactPhone ?? r.Unit.ContactPhone ?? r.Agency.ContactEmail ?? r.Unit.ContactEmail,
            r.Period.Deadline,
            r.Status,
            r.IsLate,
            r.SubmittedAt,
            r.LastSavedAt,
            r.ReviewComment,
            r.Period.IsClosed));
}
