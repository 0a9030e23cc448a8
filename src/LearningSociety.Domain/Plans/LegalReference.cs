namespace LearningSociety.Domain.Plans;

/// <summary>A document the plan rests on; linked to a plan in the portal when that plan is here.</summary>
public class LegalReference
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public required string Reference { get; set; }
    public LegalReferenceKind Kind { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public string? Issuer { get; set; }
    public string? Title { get; set; }
    public LegalRelation Relation { get; set; }
    public int SortOrder { get; set; }
    public int? ReferencedPlanId { get; set; }
    public Plan? ReferencedPlan { get; set; }
}
