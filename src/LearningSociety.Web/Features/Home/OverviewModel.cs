using LearningSociety.Domain.Plans;

namespace LearningSociety.Web.Features.Home;

public sealed record OverviewModel(
    string FullName,
    IReadOnlyList<string> Roles,
    string? Agency,
    int? AgencyId,
    IReadOnlyList<(int Id, string Name)> UnitPath,
    int ActivePlans,
    int Tasks,
    int Targets,
    DateOnly Today,
    IReadOnlyList<OverviewModel.AgencyTask> MyTasks)
{
    public sealed record AgencyTask(int PlanId, string Plan, string Number, string? Title, AssignmentRole Role, string Via, DateOnly? Due, string? DeadlineText);
}
