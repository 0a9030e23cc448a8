namespace LearningSociety.Domain.Plans;

public enum PlanStatus
{
    Draft,
    Active,
    Completed,
}
