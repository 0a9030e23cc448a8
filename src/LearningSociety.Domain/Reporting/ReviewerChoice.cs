using LearningSociety.Domain.Agencies;

namespace LearningSociety.Domain.Reporting;

/// <summary>
/// An agency files one report per period, reviewed by one agency. When two reporting rules of a plan
/// send it to two reviewers (the commune's People's Committee and the district's education office,
/// say), the body that consolidates wins: any reviewer that is not a People's Committee replaces one
/// that is; otherwise the first rule's reviewer stays.
/// </summary>
public static class ReviewerChoice
{
    public static bool Replaces(AgencyKind candidate, AgencyKind current) =>
        current == AgencyKind.PeoplesCommittee && candidate != AgencyKind.PeoplesCommittee;
}
