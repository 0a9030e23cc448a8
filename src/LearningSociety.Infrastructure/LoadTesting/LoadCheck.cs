using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Infrastructure.LoadTesting;

/// <summary>
/// Every acknowledged submission is in the database exactly once (status submitted, the same
/// submission id, one "Submitted" event), and no report of the test plan is half-written: a report
/// marked submitted has its event and its required narrative, and an event never exists without the
/// status. Works on either provider, so it also checks a run against SQL Server.
/// </summary>
public sealed class LoadCheck(AppDbContext db)
{
    public async Task<LoadCheckResult> RunAsync(IReadOnlyCollection<LoadAck> acks, CancellationToken ct = default)
    {
        var planId = await db.Plans.Where(p => p.Symbol == LoadFixture.PlanSymbol).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct)
            ?? throw new InvalidOperationException("Không có kế hoạch kiểm thử tải trong cơ sở dữ liệu (chạy load-fixture trước).");
        var reports = await db.Reports.AsNoTracking().Where(r => r.Period!.PlanId == planId)
            .Select(r => new
            {
                r.Id,
                r.Status,
                r.LastSubmissionId,
                SubmittedEvents = r.Events.Count(e => e.Action == ReportAction.Submitted),
                MissingRequired = r.Narratives.Count(n => n.Required && (n.Text == null || n.Text == "")),
                Narratives = r.Narratives.Count,
            })
            .ToDictionaryAsync(r => r.Id, ct);

        var problems = new List<string>();
        foreach (var group in acks.GroupBy(a => a.ReportId))
        {
            var ids = group.Select(a => a.SubmissionId).Distinct().ToList();
            if (ids.Count > 1)
            {
                problems.Add($"Báo cáo {group.Key}: {ids.Count} lần nộp khác nhau cùng được xác nhận.");
            }

            if (!reports.TryGetValue(group.Key, out var r))
            {
                problems.Add($"Báo cáo {group.Key}: đã xác nhận nộp nhưng không có trong kỳ kiểm thử.");
            }
            else if (r.Status is not (ReportStatus.Submitted or ReportStatus.Approved) || r.LastSubmissionId != ids[0])
            {
                problems.Add($"Báo cáo {group.Key}: đã xác nhận nộp nhưng cơ sở dữ liệu ghi trạng thái {r.Status}, mã lần nộp {r.LastSubmissionId}.");
            }
        }

        foreach (var r in reports.Values)
        {
            var submitted = r.Status is ReportStatus.Submitted or ReportStatus.Approved;
            if (submitted && r.SubmittedEvents != 1)
            {
                problems.Add($"Báo cáo {r.Id}: {r.SubmittedEvents} sự kiện Submitted (phải đúng 1).");
            }
            else if (!submitted && r.SubmittedEvents > 0)
            {
                problems.Add($"Báo cáo {r.Id}: có sự kiện Submitted nhưng trạng thái là {r.Status}.");
            }

            if (submitted && (r.Narratives == 0 || r.MissingRequired > 0))
            {
                problems.Add($"Báo cáo {r.Id}: đã nộp nhưng thiếu nội dung bắt buộc (ghi dở dang).");
            }
        }

        var acked = acks.Select(a => a.ReportId).ToHashSet();
        var submittedIds = reports.Values.Where(r => r.Status is ReportStatus.Submitted or ReportStatus.Approved).Select(r => r.Id).ToList();
        return new LoadCheckResult(reports.Count, acked.Count, submittedIds.Count, submittedIds.Count(id => !acked.Contains(id)), problems);
    }
}
