using LearningSociety.Domain.Plans;

namespace LearningSociety.Web.Features.Agencies;

public sealed record AgencyDetailsModel(
    int Id,
    string Name,
    string? ShortName,
    string Kind,
    int UnitId,
    string Unit,
    string? Contact,
    AgencyListModel.Lifetime Lifetime,
    IReadOnlyList<AgencyDetailsModel.Task> Tasks,
    IReadOnlyList<AgencyDetailsModel.Report> Reports)
{
    public sealed record Task(int PlanId, string Plan, string Number, string? Title, AssignmentRole Role, string? Deadline);

    public sealed record Report(int PlanId, string Plan, string Direction, string Other, string Frequency);
}
