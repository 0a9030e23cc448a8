using LearningSociety.Domain.Plans;

namespace LearningSociety.Domain.Importing;

/// <summary>A document the plan rests on ("Căn cứ …", "Thực hiện …"), as far as the text states it.</summary>
public sealed record DraftLegalReference(
    string Reference,
    LegalReferenceKind Kind,
    LegalRelation Relation,
    DateOnly? IssuedOn = null,
    string? Issuer = null,
    string? Title = null);
