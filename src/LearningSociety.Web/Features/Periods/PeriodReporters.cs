using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Text;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.PlanEditor;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Periods;

/// <summary>
/// Corrects who reports in an open period: a reviewer adds an agency valid today that is not in it
/// yet (a unit that appeared after it opened), or excuses one ("miễn nộp", with a reason). Both audited.
/// </summary>
public sealed class PeriodReporters(AppDbContext db, TimeProvider clock, AuditLog audit)
{
    public sealed record PeriodRef(int PlanId, string Plan, string PlanUnitPath, int PeriodId, string PeriodName, DateOnly Deadline, bool IsClosed, ReportFrequency Frequency);

    public Task<PeriodRef?> FindAsync(int planId, int periodId, CancellationToken ct) =>
        db.ReportingPeriods.AsNoTracking().Where(p => p.Id == periodId && p.PlanId == planId)
            .Select(p => new PeriodRef(p.PlanId, (p.Plan!.Number ?? "…") + "/" + p.Plan.Symbol, p.Plan.Unit!.Path, p.Id, p.Name, p.Deadline, p.IsClosed, p.Frequency))
            .SingleOrDefaultAsync(ct);

    public async Task<PeriodReportersModel> LoadAsync(PeriodRef period, CancellationToken ct)
    {
        var reports = await db.Reports.AsNoTracking().Where(r => r.PeriodId == period.PeriodId)
            .OrderBy(r => r.Unit!.Path).ThenBy(r => r.Agency!.Name)
            .Select(r => new PeriodReportersModel.Row(r.Id, r.Agency!.Name, r.Unit!.Name, r.Status, r.LastSavedAt, r.ExcuseReason, r.ExcusedBy, r.ExcusedAt))
            .ToListAsync(ct);
        var candidates = period.IsClosed ? [] : await Candidates(period)
            .OrderBy(a => a.Unit!.Path).ThenBy(a => a.Name)
            .Select(a => new EditorOption(a.Id, a.Name, 0, ""))
            .ToListAsync(ct);
        return new PeriodReportersModel
        {
            PlanId = period.PlanId,
            Plan = period.Plan,
            PeriodId = period.PeriodId,
            PeriodName = period.PeriodName,
            Deadline = period.Deadline,
            IsClosed = period.IsClosed,
            Reports = reports,
            Candidates = candidates,
        };
    }

    /// <summary>Returns the message to show: a success (Ok) or the reason it was refused.</summary>
    public async Task<(bool Ok, string Message)> AddAsync(PeriodRef period, int agencyId, UserScope user, CancellationToken ct)
    {
        if (period.IsClosed)
        {
            return (false, "Kỳ báo cáo đã khóa sổ, không thể bổ sung đơn vị báo cáo.");
        }

        var agency = await Candidates(period).Where(a => a.Id == agencyId)
            .Select(a => new { a.Id, a.Name, a.Kind, a.UnitId, a.Unit!.Level }).SingleOrDefaultAsync(ct);
        if (agency is null)
        {
            return (false, "Cơ quan, đơn vị này không thể bổ sung: đã có trong kỳ, đã giải thể hoặc không thuộc địa bàn của kế hoạch.");
        }

        var rules = await db.ReportingRules.AsNoTracking().Where(r => r.PlanId == period.PlanId).OrderBy(r => r.SortOrder)
            .Select(r => new { r.Id, r.Frequency, r.FromAgencyId, r.ToAgencyId, FromKind = r.FromAgency!.Kind, r.FromAgency.MemberLevel })
            .ToListAsync(ct);
        var ofPeriod = rules.Where(r => r.Frequency == period.Frequency).ToList();
        if (ofPeriod.Count == 0)
        {
            ofPeriod = [.. rules.Where(r => r.Frequency == ReportFrequency.Annual)];
        }

        // The rule that names it, else the group of its tier, else the plan's first rule of the period.
        var rule = ofPeriod.FirstOrDefault(r => r.FromAgencyId == agency.Id)
            ?? ofPeriod.FirstOrDefault(r => agency.Kind == AgencyKind.PeoplesCommittee && r.FromKind == AgencyKind.Group && r.MemberLevel == agency.Level)
            ?? ofPeriod.FirstOrDefault();
        if (rule is null)
        {
            return (false, "Kế hoạch không quy định cơ quan nhận báo cáo cho loại kỳ này.");
        }

        var report = new Report
        {
            PeriodId = period.PeriodId, AgencyId = agency.Id, UnitId = agency.UnitId, ReviewerAgencyId = rule.ToAgencyId,
            ReportingRuleId = rule.Id, Status = ReportStatus.Draft,
        };
        db.Reports.Add(report);
        audit.Add(user, AuditAction.PeriodReporterAdd, AuditSubject.ReportingPeriod, period.PeriodId, $"{period.PeriodName}: {agency.Name}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return (false, $"{agency.Name} đã có trong kỳ báo cáo.");
        }

        return (true, $"Đã bổ sung {agency.Name} vào kỳ “{period.PeriodName}”.");
    }

    public async Task<(bool Ok, string Message)> ExcuseAsync(PeriodRef period, int reportId, string reason, UserScope user, CancellationToken ct)
    {
        var report = await db.Reports.Include(r => r.Period).Include(r => r.Agency)
            .SingleOrDefaultAsync(r => r.Id == reportId && r.PeriodId == period.PeriodId, ct);
        if (report is null)
        {
            return (false, "Không tìm thấy báo cáo này trong kỳ.");
        }

        reason = VietnameseText.Nfc(reason);
        if (ReportWorkflow.Excuse(report, report.Period!, reason, clock.GetUtcNow(), user.UserName) is { } refused)
        {
            return (false, refused);
        }

        report.Version++;
        audit.Add(user, AuditAction.ReportExcuse, AuditSubject.Report, report.Id, $"{period.PeriodName}: {report.Agency!.Name} — {report.ExcuseReason}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (false, "Báo cáo vừa được thay đổi bởi người khác. Vui lòng tải lại trang và thực hiện lại.");
        }

        return (true, $"Đã miễn nộp báo cáo {period.PeriodName} của {report.Agency.Name}.");
    }

    /// <summary>Agencies (not groups) in the plan's area, existing today with their unit, not yet in the period.</summary>
    private IQueryable<Agency> Candidates(PeriodRef period)
    {
        var today = VietnamTime.Today(clock);
        var path = period.PlanUnitPath;
        return db.Agencies.AsNoTracking()
            .Where(a => a.Kind != AgencyKind.Group && a.Unit!.Path.StartsWith(path)
                && (a.ValidFrom == null || a.ValidFrom <= today) && (a.ValidTo == null || today <= a.ValidTo)
                && a.Unit.ValidFrom <= today && (a.Unit.ValidTo == null || today <= a.Unit.ValidTo)
                && !db.Reports.Any(r => r.PeriodId == period.PeriodId && r.AgencyId == a.Id));
    }
}
