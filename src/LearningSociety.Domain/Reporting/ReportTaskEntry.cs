namespace LearningSociety.Domain.Reporting;

/// <summary>A reporter's account of one task it leads or supports, for one period.</summary>
public class ReportTaskEntry
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public int PlanItemId { get; set; }
    public TaskProgress Progress { get; set; }
    public int? Percent { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public string? Done { get; set; }
    public string? Difficulties { get; set; }
}
