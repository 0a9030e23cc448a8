using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Reporting;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Infrastructure.Seeding;

/// <summary>
/// Demo only: the 2024 reporting periods of the two district plans, with reports filed, late,
/// returned and approved, so a new user sees a living portal. Deterministic; runs once.
/// </summary>
public sealed class DemoReports(AppDbContext db, PeriodOpener opener)
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public async Task EnsureAsync(CancellationToken ct = default)
    {
        if (await db.ReportingPeriods.AnyAsync(ct))
        {
            return;
        }

        var thapMuoi = await db.Plans.SingleOrDefaultAsync(p => p.Number == "770" && p.Symbol == "KH-UBND", ct);
        var canDuoc = await db.Plans.SingleOrDefaultAsync(p => p.Symbol == "KH-BCĐ" && p.Number == null, ct);
        if (thapMuoi is null || canDuoc is null)
        {
            return;
        }

        var random = new Random(2024);
        await FillAsync(await opener.OpenAnnualAsync(thapMuoi.Id, 2024, ct), random, "28144", ct);
        await FillAsync(await opener.OpenAnnualAsync(canDuoc.Id, 2024, ct), random, "28144", ct);
    }

    /// <summary>Most reports approved, a few late, one returned (the demo commune's), one waiting, the rest drafts.</summary>
    private async Task FillAsync(ReportingPeriod period, Random random, string demoCommuneCode, CancellationToken ct)
    {
        var reports = await db.Reports.Include(r => r.Agency).ThenInclude(a => a!.Unit)
            .Where(r => r.PeriodId == period.Id).OrderBy(r => r.Agency!.Unit!.Code).ToListAsync(ct);
        var targets = await db.Targets.Where(t => t.PlanId == period.PlanId).ToListAsync(ct);
        var reviewers = reports.Select(r => r.ReviewerAgencyId).ToHashSet();
        var deadline = new DateTimeOffset(period.Deadline.ToDateTime(new TimeOnly(16, 0)), Vietnam);
        var children = reports.Where(r => !reviewers.Contains(r.AgencyId)).ToList();
        for (var i = 0; i < children.Count; i++)
        {
            var report = children[i];
            var isDemoCommune = report.Agency!.Unit!.Code == demoCommuneCode;
            var fate = isDemoCommune ? ReportStatus.Returned
                : i % 7 == 5 ? ReportStatus.Submitted
                : i % 7 == 6 ? ReportStatus.Draft
                : ReportStatus.Approved;
            if (fate == ReportStatus.Draft && i % 2 == 0)
            {
                continue; // not started at all
            }

            var savedAt = deadline.AddDays(-10 + random.Next(0, 6));
            var who = "Cán bộ " + report.Agency.Name;
            FillFigures(report, targets, random);
            report.Narratives.Add(new ReportNarrative
            {
                Number = "I", Title = "Kết quả đạt được", Required = true, SortOrder = 0,
                Text = $"Năm 2024, {report.Agency.Name} đã triển khai kế hoạch, tổ chức tuyên truyền về học tập suốt đời và duy trì hoạt động của Trung tâm học tập cộng đồng.",
            });
            report.LastSavedAt = savedAt;
            report.LastSavedBy = who;
            report.Version = 1;
            report.Events.Add(new ReportEvent { Action = ReportAction.Saved, At = savedAt, UserName = who });
            if (fate == ReportStatus.Draft)
            {
                continue;
            }

            var late = i % 5 == 3;
            var submittedAt = late ? deadline.AddDays(1 + random.Next(0, 3)) : savedAt.AddDays(1);
            ReportWorkflow.Submit(report, period, submittedAt, Guid.NewGuid());
            report.Events.Add(new ReportEvent { Action = ReportAction.Submitted, At = submittedAt, UserName = who });
            if (fate == ReportStatus.Approved)
            {
                ReportWorkflow.Approve(report, 0, submittedAt.AddDays(2), "Phòng Giáo dục và Đào tạo");
                report.Events.Add(new ReportEvent { Action = ReportAction.Approved, At = submittedAt.AddDays(2), UserName = "Phòng Giáo dục và Đào tạo" });
            }
            else if (fate == ReportStatus.Returned)
            {
                const string comment = "Đề nghị bổ sung số người được trang bị kỹ năng sống và ghi rõ nguồn số liệu.";
                ReportWorkflow.Return(report, comment);
                report.Events.Add(new ReportEvent { Action = ReportAction.Returned, At = submittedAt.AddDays(2), UserName = "Phòng Giáo dục và Đào tạo", Comment = comment });
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static void FillFigures(Report report, List<Target> targets, Random random)
    {
        foreach (var target in targets)
        {
            var value = new ReportTargetValue { TargetId = target.Id };
            switch (target.Kind)
            {
                case TargetKind.Percentage:
                    value.Denominator = 800 + random.Next(0, 1200);
                    value.Numerator = Math.Round(value.Denominator.Value * (decimal)(0.25 + (random.NextDouble() * 0.3)));
                    break;
                case TargetKind.UnitsReaching:
                case TargetKind.YesNo:
                    value.Reached = random.NextDouble() < 0.8;
                    break;
                case TargetKind.Count:
                    value.Count = random.Next(1, 50);
                    break;
                case TargetKind.Level:
                    value.Level = random.Next(1, 4);
                    break;
            }

            report.Targets.Add(value);
        }
    }
}
