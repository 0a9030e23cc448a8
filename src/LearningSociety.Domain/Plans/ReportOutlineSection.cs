namespace LearningSociety.Domain.Plans;

/// <summary>A section of the report outline (đề cương báo cáo).</summary>
public class ReportOutlineSection
{
    public int Id { get; set; }
    public int ReportingRuleId { get; set; }
    public required string Number { get; set; }
    public required string Title { get; set; }
    public int SortOrder { get; set; }
}
