using LearningSociety.Domain.Agencies;

namespace LearningSociety.Domain.Plans;

public class TaskAssignment
{
    public int Id { get; set; }
    public int PlanItemId { get; set; }
    public int AgencyId { get; set; }
    public Agency? Agency { get; set; }
    public AssignmentRole Role { get; set; }
}
