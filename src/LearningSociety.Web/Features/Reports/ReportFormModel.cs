using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;

namespace LearningSociety.Web.Features.Reports;

public sealed class ReportFormModel
{
    public required int ReportId { get; init; }
    public required int Version { get; set; }
    public Guid SubmissionId { get; set; } = Guid.NewGuid();
    public required ReportStatus Status { get; init; }
    public required string PeriodName { get; init; }
    public required bool PeriodClosed { get; init; }
    public required int PlanId { get; init; }
    public required string Plan { get; init; }
    public required string PlanTitle { get; init; }
    public required string Agency { get; init; }
    public required string Unit { get; init; }
    public required string Reviewer { get; init; }
    public required DateOnly Deadline { get; init; }
    public required DateOnly CutoffStart { get; init; }
    public required DateOnly CutoffEnd { get; init; }
    public required DateOnly Today { get; init; }
    public required bool IsLate { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public DateTimeOffset? LastSavedAt { get; init; }
    public string? LastSavedBy { get; init; }
    public string? ReviewComment { get; init; }
    /// <summary>Why the reviewer excused the report (miễn nộp), by whom and when.</summary>
    public string? ExcuseReason { get; init; }
    public string? ExcusedBy { get; init; }
    public DateTimeOffset? ExcusedAt { get; init; }
    public required bool CanEdit { get; init; }
    public required bool CanReview { get; init; }
    /// <summary>Reports this one consolidates that are not yet settled (approved, excused or not submitted): they block approval.</summary>
    public required int ChildrenNotApproved { get; init; }
    public required int ChildrenTotal { get; init; }
    public List<TaskRow> Tasks { get; init; } = [];
    public List<TargetRow> Targets { get; init; } = [];
    public List<NarrativeRow> Narratives { get; init; } = [];
    public List<AttachmentRow> Attachments { get; init; } = [];
    public List<EventRow> History { get; init; } = [];
    /// <summary>Set when someone else saved first: what is in the database now, read as the downloads read it, to compare.</summary>
    public ConflictInfo? Conflict { get; set; }

    public sealed class TaskRow
    {
        public int PlanItemId { get; init; }
        public required string Number { get; init; }
        public string? Title { get; init; }
        public string? Text { get; init; }
        public AssignmentRole Role { get; init; }
        public string? Via { get; init; }
        public string? DeadlineText { get; init; }
        public DateOnly? Due { get; init; }
        public TaskProgress Progress { get; set; }
        public string? Percent { get; set; }
        /// <summary>dd/MM/yyyy, or what the user typed when it was not a day.</summary>
        public string? CompletedOn { get; set; }
        public string? Done { get; set; }
        public string? Difficulties { get; set; }
    }

    public sealed class TargetRow
    {
        public int TargetId { get; init; }
        public required string Code { get; init; }
        public required string Name { get; init; }
        public TargetKind Kind { get; init; }
        public string? UnitOfMeasure { get; init; }
        public string? NumeratorDefinition { get; init; }
        public string? DenominatorDefinition { get; init; }
        public decimal? TargetValue { get; init; }
        public string? Numerator { get; set; }
        public string? Denominator { get; set; }
        public bool? Reached { get; set; }
        public string? Count { get; set; }
        public string? Level { get; set; }
        /// <summary>A rating target's scale; null for every other kind.</summary>
        public RatingScale? Rating { get; init; }
        /// <summary>Units at each level of <see cref="Rating"/>, as typed.</summary>
        public List<string?> Ratings { get; set; } = [];
        public string? Note { get; set; }
    }

    public sealed class NarrativeRow
    {
        public required string Number { get; init; }
        public required string Title { get; init; }
        public bool Required { get; init; }
        public string? Text { get; set; }
    }

    public sealed record AttachmentRow(int Id, string FileName, long Size, DateTimeOffset UploadedAt, string? UploadedBy);

    public sealed record EventRow(ReportAction Action, DateTimeOffset At, string UserName, string? Comment);

    /// <param name="TheirValues">Keyed "task:{plan item id}", "target:{target id}", "narrative:{number}".</param>
    public sealed record ConflictInfo(string? SavedBy, DateTimeOffset? SavedAt, IReadOnlyDictionary<string, string> TheirValues);
}
