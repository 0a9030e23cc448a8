using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Rollup;

namespace LearningSociety.Web.Features.Home;

/// <param name="MyTasks">Tasks of plans in force this year (<see cref="Domain.Reporting.ReportingNow.PlanInForce"/>).</param>
/// <param name="PastPlans">Plans with tasks of the agency that are history: completed, past their years, or left by an abolished issuer.</param>
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
    IReadOnlyList<OverviewModel.AgencyTask> MyTasks,
    IReadOnlyList<(int Id, string Plan)> PastPlans)
{
    /// <summary>The one count of overdue tasks on the home page: the rows of the list marked overdue.</summary>
    public int OverdueTasks => MyTasks.Count(t => t.IsOverdue);

    /// <param name="Status">Derived by <see cref="TaskStatusRule"/> from the agency's own report of this year; null when the plan has no period this year.</param>
    public sealed record AgencyTask(int PlanId, string Plan, string Number, string? Title, AssignmentRole Role, string Via, DateOnly? Due, string? DeadlineText, DerivedTaskStatus? Status)
    {
        public bool IsOverdue => Status == DerivedTaskStatus.InProgressOverdue;
    }
}
