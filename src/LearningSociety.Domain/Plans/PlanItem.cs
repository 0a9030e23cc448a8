namespace LearningSociety.Domain.Plans;

/// <summary>A section, task or sub-item of a plan, keeping the document's own numbering ("II.4.3").</summary>
public class PlanItem
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int? ParentId { get; set; }
    public PlanItem? Parent { get; set; }
    public List<PlanItem> Children { get; } = [];
    public required string Number { get; set; }
    public string? Title { get; set; }
    public string? Text { get; set; }
    public bool IsTask { get; set; }
    public int SortOrder { get; set; }
    public Deadline? Deadline { get; set; }
    public List<TaskAssignment> Assignments { get; } = [];
}
