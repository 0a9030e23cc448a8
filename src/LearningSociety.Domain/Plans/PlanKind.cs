namespace LearningSociety.Domain.Plans;

public enum PlanKind
{
    Implementation,
    Annual,
    Review,
    Emulation,
}
