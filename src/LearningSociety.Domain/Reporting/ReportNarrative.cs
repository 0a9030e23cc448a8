namespace LearningSociety.Domain.Reporting;

/// <summary>One section of the report outline (đề cương), as the reporter wrote it.</summary>
public class ReportNarrative
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public required string Number { get; set; }
    public required string Title { get; set; }
    public bool Required { get; set; }
    public int SortOrder { get; set; }
    public string? Text { get; set; }
}
