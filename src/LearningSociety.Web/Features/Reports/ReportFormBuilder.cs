using System.Globalization;
using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Authorization;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// Builds the report form: the tasks the reporting agency leads or supports, the targets its level
/// reports, the narrative sections of the plan's outline, with what has been saved so far.
/// </summary>
public sealed class ReportFormBuilder(AppDbContext db, TimeProvider clock, IAuthorizationService authorization, IHttpContextAccessor http)
{
    public async Task<ReportFormModel?> BuildAsync(int reportId, UserScope user, CancellationToken ct)
    {
        var report = await db.Reports.AsNoTracking().Visible(db, user)
            .Include(r => r.Period).ThenInclude(p => p!.Plan).ThenInclude(p => p!.Phases)
            .Include(r => r.Agency).ThenInclude(a => a!.Unit)
            .Include(r => r.ReviewerAgency)
            .Include(r => r.Tasks).Include(r => r.Targets).Include(r => r.Narratives).Include(r => r.Attachments).Include(r => r.Events)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == reportId, ct);
        if (report is null)
        {
            return null;
        }

        var period = report.Period!;
        var plan = period.Plan!;
        var phases = plan.Phases.Select(p => new PhaseWindow(p.Name, p.Start, p.End)).ToList();
        var children = await db.Reports.AsNoTracking().Where(r => r.PeriodId == report.PeriodId && r.ReviewerAgencyId == report.AgencyId)
            .GroupBy(_ => 1).Select(g => new { Total = g.Count(), NotApproved = g.Count(r => r.Status != ReportStatus.Approved && r.Status != ReportStatus.Excused && r.Status != ReportStatus.NotSubmitted) })
            .SingleOrDefaultAsync(ct);

        var model = new ReportFormModel
        {
            ReportId = report.Id,
            Version = report.Version,
            Status = report.Status,
            PeriodName = period.Name,
            PeriodClosed = period.IsClosed,
            PlanId = plan.Id,
            Plan = plan.DocumentNumber,
            PlanTitle = plan.Title,
            Agency = report.Agency!.Name,
            Unit = report.Agency.Unit!.Name,
            Reviewer = report.ReviewerAgency!.Name,
            Deadline = period.Deadline,
            CutoffStart = period.CutoffStart,
            CutoffEnd = period.CutoffEnd,
            Today = VietnamTime.Today(clock),
            IsLate = report.IsLate,
            SubmittedAt = report.SubmittedAt,
            LastSavedAt = report.LastSavedAt,
            LastSavedBy = report.LastSavedBy,
            ReviewComment = report.ReviewComment,
            ExcuseReason = report.ExcuseReason,
            ExcusedBy = report.ExcusedBy,
            ExcusedAt = report.ExcusedAt,
            CanEdit = await MayAsync(report, Operations.Edit) && ReportWorkflow.CanEdit(report, period) is null,
            CanReview = await MayAsync(report, Operations.Review),
            ChildrenNotApproved = children?.NotApproved ?? 0,
            ChildrenTotal = children?.Total ?? 0,
            Attachments = [.. report.Attachments.OrderBy(a => a.UploadedAt).Select(a => new ReportFormModel.AttachmentRow(a.Id, a.FileName, a.Size, a.UploadedAt, a.UploadedBy))],
            History = [.. report.Events.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Select(e => new ReportFormModel.EventRow(e.Action, e.At, e.UserName, e.Comment))],
        };

        await AddTasksAsync(model, report, plan, phases, ct);
        await AddTargetsAsync(model, report, plan.Id, period.Year, ct);
        await AddNarrativesAsync(model, report, ct);
        return model;
    }

    private async Task AddTasksAsync(ReportFormModel model, Report report, Plan plan, List<PhaseWindow> phases, CancellationToken ct)
    {
        var covering = await AgencyCoverage.CoveringAsync(db, report.AgencyId, ct);
        var ids = covering.Keys.ToList();
        var assigned = await db.TaskAssignments.AsNoTracking()
            .Where(a => ids.Contains(a.AgencyId))
            .Join(db.PlanItems.Where(i => i.PlanId == plan.Id), a => a.PlanItemId, i => i.Id, (a, i) => new { a.AgencyId, a.Role, Item = i })
            .ToListAsync(ct);
        var year = model.Deadline.Year;
        foreach (var group in assigned.GroupBy(a => a.Item.Id).OrderBy(g => g.First().Item.SortOrder))
        {
            var first = group.OrderBy(a => a.Role).First(); // Lead before Cooperating
            var rule = first.Item.Deadline?.ToRule();
            var saved = report.Tasks.FirstOrDefault(t => t.PlanItemId == first.Item.Id);
            model.Tasks.Add(new ReportFormModel.TaskRow
            {
                PlanItemId = first.Item.Id,
                Number = first.Item.Number,
                Title = first.Item.Title,
                Text = first.Item.Text,
                Role = first.Role,
                Via = covering[first.AgencyId] is { Length: > 0 } via ? via : null,
                DeadlineText = rule?.Describe(),
                Due = rule?.DueDateFor(year, phases),
                Progress = saved?.Progress ?? TaskProgress.NotStarted,
                Percent = saved?.Percent?.ToString(CultureInfo.InvariantCulture),
                CompletedOn = Display.Date(saved?.CompletedOn),
                Done = saved?.Done,
                Difficulties = saved?.Difficulties,
            });
        }
    }

    private async Task AddTargetsAsync(ReportFormModel model, Report report, int planId, int year, CancellationToken ct)
    {
        var reporter = await db.Agencies.AsNoTracking().Where(a => a.Id == report.AgencyId)
            .Select(a => new { a.Kind, a.Unit!.Level }).SingleAsync(ct);
        // Level targets belong to the unit's consolidating reporter: its People's Committee, or the
        // office that reviews the units below (Phòng GD&ĐT for a district).
        var consolidates = reporter.Kind == AgencyKind.PeoplesCommittee
            || await db.Reports.AnyAsync(r => r.PeriodId == report.PeriodId && r.ReviewerAgencyId == report.AgencyId, ct);
        var targets = await db.Targets.AsNoTracking().Include(t => t.Values)
            .Where(t => t.PlanId == planId && (t.ReportedByAgencies || (consolidates && t.ReportedByLevel == reporter.Level)))
            .OrderBy(t => t.SortOrder).ToListAsync(ct);
        foreach (var t in targets)
        {
            var saved = report.Targets.FirstOrDefault(v => v.TargetId == t.Id);
            model.Targets.Add(new ReportFormModel.TargetRow
            {
                TargetId = t.Id,
                Code = t.Code,
                Name = t.Name,
                Kind = t.Kind,
                UnitOfMeasure = t.UnitOfMeasure,
                NumeratorDefinition = t.NumeratorDefinition,
                DenominatorDefinition = t.DenominatorDefinition,
                TargetValue = t.Values.Where(v => v.Year == year).Select(v => (decimal?)v.Value).FirstOrDefault()
                    ?? t.Values.Where(v => v.Year >= year).OrderBy(v => v.Year).Select(v => (decimal?)v.Value).FirstOrDefault(),
                Numerator = NumberInput.Format(saved?.Numerator),
                Denominator = NumberInput.Format(saved?.Denominator),
                Reached = saved?.Reached,
                Count = NumberInput.Format(saved?.Count),
                Level = saved?.Level?.ToString(CultureInfo.InvariantCulture),
                Rating = t.Scale(),
                Ratings = t.Scale() is { } scale ? [.. scale.Levels.Select((_, i) => RatingScale.Counts(saved?.Ratings) is { Length: var n } c && n == scale.Levels.Count ? NumberInput.Format(c[i]) : null)] : [],
                Note = saved?.Note,
            });
        }
    }

    private async Task AddNarrativesAsync(ReportFormModel model, Report report, CancellationToken ct)
    {
        foreach (var (number, title, required) in await OutlineAsync(db, report.ReportingRuleId, ct))
        {
            model.Narratives.Add(new ReportFormModel.NarrativeRow
            {
                Number = number,
                Title = title,
                Required = required,
                Text = report.Narratives.FirstOrDefault(n => n.Number == number)?.Text,
            });
        }
    }

    /// <summary>The narrative sections of a report (<see cref="ReportOutline"/>) for its reporting rule.</summary>
    public static async Task<IReadOnlyList<(string Number, string Title, bool Required)>> OutlineAsync(AppDbContext db, int? ruleId, CancellationToken ct) =>
        ReportOutline.Of(ruleId is { } id ? await db.ReportOutlineSections.AsNoTracking().Where(s => s.ReportingRuleId == id).ToListAsync(ct) : []);

    /// <summary>The buttons the form offers follow the same handler as the posts they lead to.</summary>
    private async Task<bool> MayAsync(Report report, OperationAuthorizationRequirement operation) =>
        http.HttpContext is { } context && (await authorization.AuthorizeAsync(context.User, report, operation)).Succeeded;
}
