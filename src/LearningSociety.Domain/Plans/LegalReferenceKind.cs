namespace LearningSociety.Domain.Plans;

public enum LegalReferenceKind
{
    Decision,
    Plan,
    Party,
    Law,
    Directive,
    Other,
}
