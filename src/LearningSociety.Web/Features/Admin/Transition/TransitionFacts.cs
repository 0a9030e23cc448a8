using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;

namespace LearningSociety.Web.Features.Admin.Transition;

/// <summary>The rows a transition reads, loaded once (a bounded number of queries whatever the data size).</summary>
public sealed record TransitionFacts(
    DateOnly Today,
    IReadOnlyDictionary<int, TransitionFacts.Unit> Units,
    ILookup<int, int> Successors,
    IReadOnlyDictionary<int, TransitionFacts.Agency> Agencies,
    IReadOnlyList<TransitionFacts.Plan> Plans,
    IReadOnlyList<TransitionFacts.Rule> Rules,
    IReadOnlyList<TransitionFacts.Period> Periods,
    IReadOnlyList<TransitionFacts.Account> Accounts)
{
    public sealed record Unit(int Id, string Name, UnitLevel Level, string Path, DateOnly ValidFrom, DateOnly? ValidTo);

    public sealed record Agency(int Id, string Key, string Name, AgencyKind Kind, UnitLevel? MemberLevel, int UnitId, DateOnly? ValidFrom, DateOnly? ValidTo, int? SuccessorId);

    public sealed record Plan(int Id, string Document, string Title, int IssuerId, int UnitId, int StartYear, int EndYear, PlanStatus Status);

    public sealed record Rule(int Id, int PlanId, int FromAgencyId, int ToAgencyId, ReportFrequency Frequency);

    public sealed record Period(int PlanId, string Name, DateOnly Deadline, int Expected, int Received);

    public sealed record Account(string Id, string Email, string FullName, int AgencyId, int? UnitId);
}
