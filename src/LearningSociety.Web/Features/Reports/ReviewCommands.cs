using LearningSociety.Domain.Commands;
using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Text;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Reports;

public enum ReviewDecision
{
    Approve,
    Return,
    Reopen,
}

/// <summary>The reviewer's side: approve, return with a comment, reopen an approved report with a reason.</summary>
public sealed class ReviewCommands(AppDbContext db, TimeProvider clock, AuditLog audit)
{
    /// <summary>
    /// Decides on <paramref name="report"/> (loaded with its period, its review allowed by the caller):
    /// success, or the Vietnamese reason it was refused (an over-long comment beside its field).
    /// </summary>
    public async Task<CommandResult> DecideAsync(Report report, ReviewDecision decision, string? comment, UserScope user, CancellationToken ct)
    {
        if (decision == ReviewDecision.Approve && report.Status == ReportStatus.Approved)
        {
            return CommandResult.Success; // approved twice (a second click, a second tab): nothing more to do
        }

        var now = clock.GetUtcNow();
        comment = string.IsNullOrWhiteSpace(comment) ? null : VietnameseText.Nfc(comment);
        if (ReportValidation.Text("comment", "Ý kiến", comment, ReportValidation.MaxReviewCommentLength) is { } tooLong)
        {
            return CommandResult.Invalid("comment", tooLong.Message);
        }

        string? refused;
        ReportAction action;
        switch (decision)
        {
            case ReviewDecision.Approve:
                // Approved, excused and closed-as-not-submitted reports are settled: nothing more will come of them.
                var pending = await db.Reports.CountAsync(r => r.PeriodId == report.PeriodId && r.ReviewerAgencyId == report.AgencyId
                    && r.Status != ReportStatus.Approved && r.Status != ReportStatus.Excused && r.Status != ReportStatus.NotSubmitted, ct);
                refused = ReportWorkflow.Approve(report, pending, now, user.UserName);
                action = ReportAction.Approved;
                break;
            case ReviewDecision.Return:
                refused = ReportWorkflow.Return(report, comment);
                action = ReportAction.Returned;
                break;
            default:
                refused = ReportWorkflow.Reopen(report, comment);
                action = ReportAction.Reopened;
                break;
        }

        if (refused is not null)
        {
            return CommandResult.Refused(refused);
        }

        report.Version++;
        db.ReportEvents.Add(new ReportEvent { ReportId = report.Id, Action = action, At = now, UserId = user.UserId, UserName = user.UserName, Comment = comment });
        audit.Add(user, decision switch
        {
            ReviewDecision.Approve => AuditAction.ReportApprove,
            ReviewDecision.Return => AuditAction.ReportReturn,
            _ => AuditAction.ReportReopen,
        }, AuditSubject.Report, report.Id, comment);
        await NotifyReportersAsync(report, action, comment, now, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Refused("Báo cáo vừa được thay đổi bởi người khác. Vui lòng tải lại trang và thực hiện lại.");
        }

        return CommandResult.Success;
    }

    private async Task NotifyReportersAsync(Report report, ReportAction action, string? comment, DateTimeOffset now, CancellationToken ct)
    {
        var title = action switch
        {
            ReportAction.Approved => $"Báo cáo {report.Period!.Name} đã được duyệt",
            ReportAction.Returned => $"Báo cáo {report.Period!.Name} bị trả lại",
            _ => $"Báo cáo {report.Period!.Name} được mở lại để chỉnh sửa",
        };
        var users = await db.Users.Where(u => u.AgencyId == report.AgencyId).Select(u => u.Id).ToListAsync(ct);
        foreach (var userId in users)
        {
            db.Notifications.Add(new Notification
            {
                UserId = userId,
                Key = $"review:{report.Id}:{report.Version}:{userId}",
                Title = title,
                Body = comment,
                Url = $"/Reports/Edit/{report.Id}",
                CreatedAt = now,
            });
        }
    }
}
