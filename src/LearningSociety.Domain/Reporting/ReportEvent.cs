namespace LearningSociety.Domain.Reporting;

/// <summary>One step in a report's history: who did what, when, with what comment.</summary>
public class ReportEvent
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public ReportAction Action { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public required string UserName { get; set; }
    public string? Comment { get; set; }
}
