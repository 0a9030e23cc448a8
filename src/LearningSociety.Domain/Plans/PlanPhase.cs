namespace LearningSociety.Domain.Plans;

public class PlanPhase
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public required string Name { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
    public ReviewKind? Review { get; set; }
}
