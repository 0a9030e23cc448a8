using LearningSociety.Domain.Agencies;

namespace LearningSociety.Domain.Plans;

/// <summary>Who reports to whom, how often and by when, with the outline the report follows.</summary>
public class ReportingRule
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int FromAgencyId { get; set; }
    public Agency? FromAgency { get; set; }
    public int ToAgencyId { get; set; }
    public Agency? ToAgency { get; set; }
    public ReportFrequency Frequency { get; set; }
    public Deadline? Deadline { get; set; }
    public string? Text { get; set; }
    public int SortOrder { get; set; }
    public List<ReportOutlineSection> Outline { get; } = [];
}
