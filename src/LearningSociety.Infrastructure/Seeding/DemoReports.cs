using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Reporting;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Infrastructure.Seeding;

/// <summary>
/// Demo only, deterministic, each part once: the 2024 reporting periods of the two district plans
/// (history, from before the 2025 reform), and the new Tây Ninh in the middle of its 2026 cycle: a
/// sample province plan (seeds/demo, plainly marked as such) whose 2026 period is open with its
/// communes and wards at every state. A database that already holds the first part gets the second.
/// </summary>
public sealed class DemoReports(AppDbContext db, PeriodOpener opener)
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>The sample plan of the new Tây Ninh, in the seed format, under seeds/.</summary>
    public const string SamplePlanFile = "demo/ke-hoach-mau-tay-ninh-2026.json";

    /// <summary>The demo accounts' commune and ward of the new Tây Ninh (Xã Long Hựu, Phường Long An).</summary>
    public const string DemoCommune = "28144";
    public const string DemoWard = "27694";

    public async Task EnsureAsync(string seedsPath, CancellationToken ct = default)
    {
        await EnsureHistoryAsync(ct);
        await EnsureTayNinhAsync(Path.Combine(seedsPath, SamplePlanFile), ct);
    }

    private async Task EnsureHistoryAsync(CancellationToken ct)
    {
        var thapMuoi = await db.Plans.SingleOrDefaultAsync(p => p.Number == "770" && p.Symbol == "KH-UBND", ct);
        var canDuoc = await db.Plans.SingleOrDefaultAsync(p => p.Symbol == "KH-BCĐ" && p.Number == null, ct);
        if (thapMuoi is null || canDuoc is null
            || await db.ReportingPeriods.AnyAsync(p => p.PlanId == thapMuoi.Id || p.PlanId == canDuoc.Id, ct))
        {
            return;
        }

        var random = new Random(2024);
        await FillAsync((await opener.OpenAnnualAsync(thapMuoi.Id, 2024, ct)).Required(), random, "28144", ct);
        await FillAsync((await opener.OpenAnnualAsync(canDuoc.Id, 2024, ct)).Required(), random, "28144", ct);
    }

    /// <summary>
    /// Imports the sample plan and opens its 2026 period as the calendar would have on 15/12/2025;
    /// plan and period go in together, so a restart never finds one without the other.
    /// </summary>
    private async Task EnsureTayNinhAsync(string file, CancellationToken ct)
    {
        if (!File.Exists(file) || await db.Plans.AnyAsync(p => p.SourceFile == SamplePlanFile, ct)
            || !await db.Agencies.AnyAsync(a => a.Key == "80/2025:ubnd-cap-xa", ct))
        {
            return;
        }

        var source = PlanSeedReader.Read(file);
        if (source.Source != SamplePlanFile)
        {
            throw new SeedException(SamplePlanFile, "$.source", "phải là \"" + SamplePlanFile + "\"");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await new PlanSeedImporter(db).ImportAsync([(SamplePlanFile, source)], ct);
        await db.SaveChangesAsync(ct);
        var plan = await db.Plans.SingleAsync(p => p.SourceFile == SamplePlanFile, ct);
        var period = (await opener.OpenAnnualAsync(plan.Id, 2026, ct)).Required();
        period.OpenedAt = new DateTimeOffset(2025, 12, 15, 0, 5, 0, Vietnam);
        await FillTayNinhAsync(period, ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// The 96 communes and wards on 7/12/2026, three days before the deadline of 10/12/2026: most
    /// approved or submitted, some returned, some drafts, some not started. None is late yet: no
    /// report can be late before the deadline; once 10/12 passes, those not in turn overdue by themselves.
    /// </summary>
    private async Task FillTayNinhAsync(ReportingPeriod period, CancellationToken ct)
    {
        var reports = await db.Reports.Include(r => r.Agency).ThenInclude(a => a!.Unit)
            .Where(r => r.PeriodId == period.Id).OrderBy(r => r.Agency!.Unit!.Code).ToListAsync(ct);
        var targets = await db.Targets.Where(t => t.PlanId == period.PlanId).ToListAsync(ct);
        var tasks = await db.PlanItems.Where(i => i.PlanId == period.PlanId && i.IsTask && i.Assignments.Any(a => a.Agency!.Kind == AgencyKind.Group && a.Agency.MemberLevel != null))
            .OrderBy(i => i.SortOrder).ToListAsync(ct);
        var random = new Random(2026);
        var reviewer = "Sở Giáo dục và Đào tạo tỉnh Tây Ninh";
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            var code = report.Agency!.Unit!.Code;
            var fate = code == DemoCommune ? Fate.Returned
                : code == DemoWard ? Fate.Draft
                : (i % 8) switch { 0 or 1 or 2 => Fate.Approved, 3 or 4 => Fate.Submitted, 5 => Fate.Returned, 6 => Fate.Draft, _ => Fate.NotStarted };
            if (fate == Fate.NotStarted)
            {
                continue;
            }

            var savedAt = new DateTimeOffset(2026, 11, 20, 9, 0, 0, Vietnam).AddDays(random.Next(0, 14)).AddMinutes(random.Next(0, 420));
            var who = "Cán bộ Phòng Văn hóa - Xã hội " + report.Agency.Name;
            FillFigures(report, targets, random);
            foreach (var task in tasks)
            {
                var finished = fate is Fate.Approved or Fate.Submitted && task.Deadline?.Kind == DeadlineKind.FixedDate;
                report.Tasks.Add(new ReportTaskEntry
                {
                    PlanItemId = task.Id,
                    Progress = finished ? TaskProgress.Completed : TaskProgress.InProgress,
                    CompletedOn = finished ? new DateOnly(2026, 10, 5 + random.Next(0, 20)) : null,
                    Done = "Số liệu minh họa: đã triển khai tại các ấp, khu phố của " + report.Agency.Name + ".",
                });
            }

            report.Narratives.Add(new ReportNarrative
            {
                Number = "I", Title = "Công tác chỉ đạo, triển khai", Required = true, SortOrder = 0,
                Text = $"Số liệu minh họa. Năm 2026, {report.Agency.Name} đã ban hành kế hoạch thực hiện, kiện toàn Trung tâm học tập cộng đồng sau sắp xếp và tổ chức tuyên truyền về học tập suốt đời.",
            });
            report.LastSavedAt = savedAt;
            report.LastSavedBy = who;
            report.Version = 1;
            report.Events.Add(new ReportEvent { Action = ReportAction.Saved, At = savedAt, UserName = who });
            if (fate == Fate.Draft)
            {
                continue;
            }

            var submittedAt = Min(savedAt.AddHours(20), new DateTimeOffset(2026, 12, 6, 10, 0, 0, Vietnam));
            ReportWorkflow.Submit(report, period, submittedAt, Guid.NewGuid());
            report.Events.Add(new ReportEvent { Action = ReportAction.Submitted, At = submittedAt, UserName = who });
            var reviewedAt = Min(submittedAt.AddDays(1), new DateTimeOffset(2026, 12, 6, 16, 0, 0, Vietnam));
            if (fate == Fate.Approved)
            {
                ReportWorkflow.Approve(report, 0, reviewedAt, reviewer);
                report.Events.Add(new ReportEvent { Action = ReportAction.Approved, At = reviewedAt, UserName = reviewer });
            }
            else if (fate == Fate.Returned)
            {
                const string comment = "Số liệu minh họa: đề nghị bổ sung số lớp xóa mù chữ đã mở và ghi rõ nguồn số liệu người có kỹ năng thông tin.";
                ReportWorkflow.Return(report, comment);
                report.Events.Add(new ReportEvent { Action = ReportAction.Returned, At = reviewedAt, UserName = reviewer, Comment = comment });
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private enum Fate
    {
        Approved,
        Submitted,
        Returned,
        Draft,
        NotStarted,
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

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
            var value = target.Kind switch
            {
                TargetKind.Percentage => Ratio(target.Id, random),
                TargetKind.UnitsReaching or TargetKind.YesNo => new ReportTargetValue { TargetId = target.Id, Reached = random.NextDouble() < 0.8 },
                TargetKind.Count => new ReportTargetValue { TargetId = target.Id, Count = random.Next(1, 50) },
                TargetKind.Level => new ReportTargetValue { TargetId = target.Id, Level = random.Next(1, 4) },
                TargetKind.RatingDistribution => new ReportTargetValue
                {
                    TargetId = target.Id, Ratings = RatingScale.StoreCounts(target.Scale()!.Levels.Select(_ => (decimal)random.Next(0, 8))),
                },
            };
            report.Targets.Add(value);
        }
    }

    private static ReportTargetValue Ratio(int targetId, Random random)
    {
        var denominator = 800 + random.Next(0, 1200);
        return new ReportTargetValue
        {
            TargetId = targetId, Denominator = denominator, Numerator = Math.Round(denominator * (decimal)(0.25 + (random.NextDouble() * 0.3))),
        };
    }
}
