using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Units;

namespace LearningSociety.Domain.Reporting;

/// <summary>What one agency reports for one period, and where it stands in the review cycle.</summary>
public class Report
{
    public int Id { get; set; }
    public int PeriodId { get; set; }
    public ReportingPeriod? Period { get; set; }
    /// <summary>The agency that reports (UBND xã, a phòng, a sở…).</summary>
    public int AgencyId { get; set; }
    public Agency? Agency { get; set; }
    public int UnitId { get; set; }
    public AdministrativeUnit? Unit { get; set; }
    /// <summary>The agency that reviews and consolidates it (Phòng GD&amp;ĐT, Sở GD&amp;ĐT).</summary>
    public int ReviewerAgencyId { get; set; }
    public Agency? ReviewerAgency { get; set; }
    /// <summary>The plan's reporting rule this report answers; its outline gives the narrative sections.</summary>
    public int? ReportingRuleId { get; set; }
    public ReportStatus Status { get; set; }
    public DateTimeOffset? LastSavedAt { get; set; }
    public string? LastSavedBy { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    /// <summary>Submitted after the end of the deadline day (Vietnam time): accepted, flagged.</summary>
    public bool IsLate { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public string? ApprovedBy { get; set; }
    public string? ReviewComment { get; set; }
    /// <summary>Why the reviewer excused this report (miễn nộp); required when <see cref="Status"/> is Excused.</summary>
    public string? ExcuseReason { get; set; }
    public string? ExcusedBy { get; set; }
    public DateTimeOffset? ExcusedAt { get; set; }
    /// <summary>The form's one-time id of the last submission, so a repeated submit is recognised.</summary>
    public Guid? LastSubmissionId { get; set; }
    /// <summary>Optimistic concurrency: bumped on every change; a save carrying an older value is refused.</summary>
    public int Version { get; set; }
    public List<ReportTaskEntry> Tasks { get; } = [];
    public List<ReportTargetValue> Targets { get; } = [];
    public List<ReportNarrative> Narratives { get; } = [];
    public List<ReportAttachment> Attachments { get; } = [];
    public List<ReportEvent> Events { get; } = [];

    public bool IsLocked => Status is ReportStatus.Submitted or ReportStatus.Approved or ReportStatus.Excused or ReportStatus.NotSubmitted;

    /// <summary>Nothing more will come of it: approved, excused, or closed without a submission.</summary>
    public bool IsSettled => Status is ReportStatus.Approved or ReportStatus.Excused or ReportStatus.NotSubmitted;

    public bool IsReceived => Status is ReportStatus.Submitted or ReportStatus.Approved;
}
