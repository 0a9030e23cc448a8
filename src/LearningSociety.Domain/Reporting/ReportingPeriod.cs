using LearningSociety.Domain.Plans;

namespace LearningSociety.Domain.Reporting;

/// <summary>
/// One reporting round of a plan (e.g. "Năm 2026"). Each period keeps its own data cut-off window
/// and its own deadline (Decree 09/2019: they can differ), and the reports expected from it are
/// created when it opens, so a unit created or dissolved later does not change past completeness.
/// </summary>
public class ReportingPeriod
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }
    public required string Name { get; set; }
    public ReportFrequency Frequency { get; set; }
    public int Year { get; set; }
    public int? Quarter { get; set; }
    public string? PhaseName { get; set; }
    public DateOnly CutoffStart { get; set; }
    public DateOnly CutoffEnd { get; set; }
    /// <summary>Last day to submit, inclusive, in Vietnam time.</summary>
    public DateOnly Deadline { get; set; }
    public bool IsClosed { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    /// <summary>When it was closed (khóa sổ), by a reviewer or by the calendar.</summary>
    public DateTimeOffset? ClosedAt { get; set; }
    public List<Report> Reports { get; } = [];
}
