using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// Loads a report for download through the form builder, so a download shows exactly what the
/// page shows and is refused exactly when the page is (<see cref="ReportAccess.Visible"/>).
/// </summary>
public sealed class ReportDocuments(AppDbContext db, ReportFormBuilder forms, TimeProvider clock)
{
    public async Task<ReportDocument?> LoadAsync(int reportId, UserScope user, CancellationToken ct)
    {
        if (await forms.BuildAsync(reportId, user, ct) is not { } form)
        {
            return null;
        }

        var agency = await db.Reports.AsNoTracking().Where(r => r.Id == reportId)
            .Select(r => new { r.Agency!.Name, r.Agency.Kind, Unit = r.Agency.Unit!.Name })
            .SingleAsync(ct);
        var date = form.SubmittedAt is { } at ? DateOnly.FromDateTime(VietnamTime.ToVietnam(at).DateTime) : VietnamTime.Today(clock);
        return new ReportDocument(form, OfficialIssuer.For(agency.Name, agency.Kind, agency.Unit), Signature(agency.Kind, agency.Name), date);
    }

    /// <summary>The signature block's title lines: who signs for the body.</summary>
    private static IReadOnlyList<string> Signature(AgencyKind kind, string name) => kind switch
    {
        AgencyKind.PeoplesCommittee => ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        AgencyKind.SteeringCommittee => ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN"],
        _ when name.StartsWith("Phòng", StringComparison.Ordinal) => ["TRƯỞNG PHÒNG"],
        _ when name.StartsWith("Sở", StringComparison.Ordinal) => ["GIÁM ĐỐC"],
        _ => ["THỦ TRƯỞNG CƠ QUAN"],
    };
}
