using LearningSociety.Domain.Plans;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>A document the plan rests on: a plan already in the portal, or one typed by its reference.</summary>
public sealed class ReferenceInput : ChangeInput
{
    public LegalRelation Relation { get; set; } = LegalRelation.Basis;
    public LegalReferenceKind Kind { get; set; } = LegalReferenceKind.Decision;
    public int? ReferencedPlanId { get; set; }
    public string? Reference { get; set; }
    public string? IssuedOn { get; set; }
    public string? Issuer { get; set; }
    public string? Title { get; set; }
}
