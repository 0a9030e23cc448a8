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
            .Select(r => new { r.Agency!.Name, r.Agency.Kind, Unit = r.Agency.Unit!.Name, r.Agency.Unit.Level })
            .SingleAsync(ct);
        var date = form.SubmittedAt is { } at ? DateOnly.FromDateTime(VietnamTime.ToVietnam(at).DateTime) : VietnamTime.Today(clock);
        return new ReportDocument(form, OfficialIssuer.For(agency.Name, agency.Kind, agency.Unit), SignatureBlock.For(agency.Kind, agency.Level), date);
    }
}
