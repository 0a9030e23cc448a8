using System.Globalization;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Text;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Reports;

/// <summary>Saving and submitting a report: workflow, validation, optimistic concurrency, history, audit.</summary>
public sealed class ReportCommands(AppDbContext db, TimeProvider clock, AuditLog audit)
{
    /// <summary>The report with what a save changes, if the user may see it at all; else null. The caller asks whether they may edit it.</summary>
    public Task<Report?> LoadAsync(int reportId, UserScope user, CancellationToken ct) =>
        db.Reports.Visible(db, user)
            .Include(r => r.Period).Include(r => r.Tasks).Include(r => r.Targets).Include(r => r.Narratives)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == reportId, ct);

    /// <summary>Saves <paramref name="report"/> (from <see cref="LoadAsync"/>, its editing allowed by the caller).</summary>
    public async Task<SaveResult> SaveAsync(Report report, ReportInput input, bool submit, UserScope user, CancellationToken ct)
    {
        if (submit && report.Status is ReportStatus.Submitted or ReportStatus.Approved && report.LastSubmissionId == input.SubmissionId)
        {
            return SaveResult.Of(SaveOutcome.AlreadySubmitted);
        }

        if (ReportWorkflow.CanEdit(report, report.Period!) is { } locked)
        {
            return SaveResult.Of(SaveOutcome.NotAllowed, locked);
        }

        if (input.Version != report.Version)
        {
            return SaveResult.Of(SaveOutcome.Conflict);
        }

        var kinds = (await db.Targets.AsNoTracking().Where(t => t.PlanId == report.Period!.PlanId).ToListAsync(ct)).ToDictionary(t => t.Id, t => (t.Kind, Rating: t.Scale()));
        var problems = new List<(string, string)>();
        ApplyTasks(report, input, await ReportableTasksAsync(report, ct), VietnamTime.Today(clock), problems);
        ApplyTargets(report, input, kinds, problems);
        var outline = await ReportFormBuilder.OutlineAsync(db, report.ReportingRuleId, ct);
        ApplyNarratives(report, input, outline, problems);
        if (submit)
        {
            problems.AddRange(ReportValidation.ForSubmission(report.Narratives.Select(n => (NarrativeField(input, n.Number), n)))
                .Select(p => (p.Field, p.Message)));
        }

        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear(); // nothing half-applied reaches the database
            return new SaveResult(SaveOutcome.Invalid, problems);
        }

        var now = clock.GetUtcNow();
        report.LastSavedAt = now;
        report.LastSavedBy = user.UserName;
        report.Version++;
        db.ReportEvents.Add(new ReportEvent { ReportId = report.Id, Action = ReportAction.Saved, At = now, UserId = user.UserId, UserName = user.UserName });
        if (submit)
        {
            ReportWorkflow.Submit(report, report.Period!, now, input.SubmissionId);
            db.ReportEvents.Add(new ReportEvent
            {
                ReportId = report.Id, Action = ReportAction.Submitted, At = now, UserId = user.UserId, UserName = user.UserName,
                Comment = report.IsLate ? "Nộp sau hạn " + report.Period!.Deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : null,
            });
        }

        audit.Add(user, submit ? AuditAction.ReportSubmit : AuditAction.ReportSave, AuditSubject.Report, report.Id, report.IsLate && submit ? "nộp muộn" : null);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is DbUpdateConcurrencyException || (ex is DbUpdateException update && UniqueViolation.Is(update)))
        {
            // Someone saved the same report at the same moment (a double click, a second tab).
            db.ChangeTracker.Clear();
            return SaveResult.Of(SaveOutcome.Conflict);
        }

        return SaveResult.Of(submit ? SaveOutcome.Submitted : SaveOutcome.Saved);
    }

    /// <summary>
    /// The tasks the form offers: those of the period's plan assigned to the agency or a group
    /// covering it. A task id posted outside this set (an edited hidden field) is ignored, as it
    /// would otherwise count in another plan's roll-up or block another unit's plan editor.
    /// </summary>
    private async Task<HashSet<int>> ReportableTasksAsync(Report report, CancellationToken ct)
    {
        var agencies = (await AgencyCoverage.CoveringAsync(db, report.AgencyId, ct)).Keys.ToList();
        var planId = report.Period!.PlanId;
        var ids = await db.TaskAssignments.Where(a => agencies.Contains(a.AgencyId))
            .Join(db.PlanItems.Where(i => i.PlanId == planId), a => a.PlanItemId, i => i.Id, (a, i) => i.Id)
            .ToListAsync(ct);
        return [.. ids];
    }

    /// <summary>No learning-society plan predates this; a completion day before it is a typing slip.</summary>
    private static readonly DateOnly EarliestCompletion = new(2000, 1, 1);

    private static void ApplyTasks(Report report, ReportInput input, HashSet<int> reportable, DateOnly today, List<(string, string)> problems)
    {
        for (var i = 0; i < input.Tasks.Count; i++)
        {
            var t = input.Tasks[i];
            if (!reportable.Contains(t.PlanItemId))
            {
                continue; // not a task of this report: ignored, never written
            }

            var field = $"Tasks[{i}].Percent";
            if (!NumberInput.TryParse(t.Percent, out var percent) || percent is { } p && p != decimal.Truncate(p))
            {
                problems.Add((field, $"Tiến độ “{t.Percent}” không phải là số nguyên từ 0 đến 100."));
                continue;
            }

            if (percent is < 0 or > 100)
            {
                // Checked before the figure becomes an int: 2147483648 is refused, never an overflow.
                problems.Add((field, $"Tiến độ phải từ 0 đến 100% (đã nhập {t.Percent}%)."));
                continue;
            }

            if (!DayText.TryParse(t.CompletedOn, out var completedOn))
            {
                problems.Add(($"Tasks[{i}].CompletedOn", $"Ngày hoàn thành “{t.CompletedOn}” không đúng dạng ngày/tháng/năm (ví dụ 15/03/2024)."));
                continue;
            }

            if (completedOn is { } day && (day < EarliestCompletion || day > today))
            {
                problems.Add(($"Tasks[{i}].CompletedOn", $"Ngày hoàn thành {Display.Date(day)} phải từ {Display.Date(EarliestCompletion)} đến hôm nay ({Display.Date(today)})."));
                continue;
            }

            var entry = report.Tasks.FirstOrDefault(x => x.PlanItemId == t.PlanItemId);
            if (entry is null)
            {
                entry = new ReportTaskEntry { PlanItemId = t.PlanItemId };
                report.Tasks.Add(entry);
            }

            entry.Progress = t.Progress;
            entry.Percent = percent is null ? (t.Progress == TaskProgress.Completed ? 100 : null) : (int)percent;
            entry.CompletedOn = t.Progress == TaskProgress.Completed ? completedOn : null;
            entry.Done = Clean(t.Done);
            entry.Difficulties = Clean(t.Difficulties);
            AddIf(problems, ReportValidation.Text($"Tasks[{i}].Done", "Kết quả thực hiện", entry.Done, ReportValidation.MaxTaskTextLength));
            AddIf(problems, ReportValidation.Text($"Tasks[{i}].Difficulties", "Khó khăn, vướng mắc", entry.Difficulties, ReportValidation.MaxTaskTextLength));
            problems.AddRange(ReportValidation.Task(field, entry).Select(x => (x.Field, x.Message)));
        }
    }

    private static void ApplyTargets(Report report, ReportInput input, Dictionary<int, (TargetKind Kind, RatingScale? Rating)> kinds, List<(string, string)> problems)
    {
        for (var i = 0; i < input.Targets.Count; i++)
        {
            var t = input.Targets[i];
            if (!kinds.TryGetValue(t.TargetId, out var target))
            {
                continue; // a target of another plan: ignored, never written
            }

            var kind = target.Kind;
            var ok = Parse(t.Numerator, $"Targets[{i}].Numerator", "Tử số", problems, out var numerator)
                & Parse(t.Denominator, $"Targets[{i}].Denominator", "Mẫu số", problems, out var denominator)
                & Parse(t.Count, $"Targets[{i}].Count", "Số lượng", problems, out var count)
                & Parse(t.Level, $"Targets[{i}].Level", null, problems, out var level)
                & ParseRatings(t, i, target.Rating, problems, out var ratings);
            if (!ok)
            {
                continue;
            }

            var value = report.Targets.FirstOrDefault(x => x.TargetId == t.TargetId);
            if (value is null)
            {
                value = new ReportTargetValue { TargetId = t.TargetId };
                report.Targets.Add(value);
            }

            int? levelReached = level is { } l ? (int)l : null;
            (decimal? Numerator, decimal? Denominator, bool? Reached, decimal? Count, int? Level, string? Ratings) typed = kind switch
            {
                TargetKind.Percentage => (numerator, denominator, null, null, null, null),
                TargetKind.UnitsReaching or TargetKind.YesNo => (null, null, t.Reached, null, null, null),
                TargetKind.Count => (null, null, null, count, null, null),
                TargetKind.Level => (null, null, null, null, levelReached, null),
                TargetKind.RatingDistribution => (null, null, null, null, null, ratings),
            };
            (value.Numerator, value.Denominator, value.Reached, value.Count, value.Level, value.Ratings) = typed;
            value.Note = Clean(t.Note);
            AddIf(problems, ReportValidation.Text($"Targets[{i}].Note", "Ghi chú, nguồn số liệu", value.Note, ReportValidation.MaxTargetNoteLength));
            problems.AddRange(ReportValidation.Target($"Targets[{i}]", kind, value).Select(x => (x.Field, x.Message)));
        }
    }

    /// <summary>Every outline section gets a row, so a required one left out of the post still counts as empty.</summary>
    private static void ApplyNarratives(Report report, ReportInput input, IReadOnlyList<(string Number, string Title, bool Required)> outline, List<(string, string)> problems)
    {
        for (var i = 0; i < outline.Count; i++)
        {
            var (number, title, required) = outline[i];
            var entry = report.Narratives.FirstOrDefault(x => x.Number == number);
            if (entry is null)
            {
                entry = new ReportNarrative { Number = number, Title = title };
                report.Narratives.Add(entry);
            }

            entry.Title = title;
            entry.Required = required;
            entry.SortOrder = i;
            if (input.Narratives.FirstOrDefault(n => n.Number == number) is { } posted)
            {
                entry.Text = Clean(posted.Text);
                if (ReportValidation.Narrative(NarrativeField(input, number), title, entry.Text) is { } problem)
                {
                    problems.Add((problem.Field, problem.Message));
                }
            }
        }
    }

    /// <summary>Reads a typed figure and checks it against its limit (a count, or a level when <paramref name="what"/> is null).</summary>
    /// <summary>A rating's counts, one a level: all blank is "not entered"; some blank is refused, as a half-typed ratio is.</summary>
    private static bool ParseRatings(ReportInput.TargetInput t, int i, RatingScale? scale, List<(string, string)> problems, out string? stored)
    {
        stored = null;
        if (scale is null)
        {
            return true;
        }

        var counts = new decimal?[scale.Levels.Count];
        var ok = true;
        for (var j = 0; j < counts.Length; j++)
        {
            ok &= Parse(t.Ratings.ElementAtOrDefault(j), $"Targets[{i}].Ratings[{j}]", "Số đơn vị xếp loại " + scale.Levels[j], problems, out counts[j]);
        }

        if (!ok || counts.All(c => c is null))
        {
            return ok;
        }

        if (counts.Any(c => c is null))
        {
            problems.Add(($"Targets[{i}]", "Nhập số đơn vị cho mọi mức xếp loại (mức không có đơn vị nào ghi 0), hoặc để trống tất cả."));
            return false;
        }

        stored = RatingScale.StoreCounts(counts.Select(c => c!.Value));
        return true;
    }

    private static bool Parse(string? text, string field, string? what, List<(string, string)> problems, out decimal? value)
    {
        if (!NumberInput.TryParse(text, out value))
        {
            problems.Add((field, NumberInput.LooksLikeNumber(text)
                ? $"“{text}” quá lớn hoặc viết dạng lũy thừa: hãy gõ đủ chữ số, tối đa {NumberInput.Format(ReportValidation.MaxFigure)}."
                : $"“{text}” không phải là số."));
            return false;
        }

        var problem = what is null ? ReportValidation.LevelFigure(value) : ReportValidation.Figure(value, what);
        if (problem is not null)
        {
            problems.Add((field, problem));
            return false;
        }

        return true;
    }

    private static void AddIf(List<(string, string)> problems, ReportValidation.Problem? problem)
    {
        if (problem is not null)
        {
            problems.Add((problem.Field, problem.Message));
        }
    }

    private static string NarrativeField(ReportInput input, string number) =>
        $"Narratives[{Math.Max(0, input.Narratives.FindIndex(n => n.Number == number))}].Text";

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : VietnameseText.Nfc(text);
}
