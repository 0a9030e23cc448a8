using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// The one place that decides which reports a user may read. Every query over reports starts from
/// <see cref="Visible"/>; whether they may edit or review one that they can read is asked of
/// <see cref="Authorization.ReportAuthorizationHandler"/>. Ids in URLs and forms are never trusted on their own.
/// </summary>
public static class ReportAccess
{
    /// <summary>Own agency's reports, reports sent to the user's agency for review, and — for
    /// reviewers and leaders — every report of a unit inside their own unit's subtree or inside a
    /// predecessor of it (read only: editing and reviewing go by agency).</summary>
    public static IQueryable<Report> Visible(this IQueryable<Report> reports, AppDbContext db, UserScope user)
    {
        if (user.IsAdmin)
        {
            return reports;
        }

        var agencyId = user.AgencyId ?? -1;
        var wide = user.ReadsSubtree;
        var path = user.UnitPath ?? "\u0000";
        // Unit paths are digits and slashes only, so a LIKE prefix needs no escaping.
        var history = user.PredecessorPaths.ToList();
        var hasHistory = wide && history.Count > 0;
        return reports.Where(r => r.AgencyId == agencyId || r.ReviewerAgencyId == agencyId
            || (wide && db.Units.Any(u => u.Id == r.UnitId && u.Path.StartsWith(path)))
            || (hasHistory && db.Units.Any(u => u.Id == r.UnitId && history.Any(h => EF.Functions.Like(u.Path, h + "%")))));
    }
}
