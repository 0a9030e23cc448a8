using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Reporting;

namespace LearningSociety.UnitTests.Reporting;

public sealed class ReviewerChoiceTests
{
    [Theory]
    [InlineData(AgencyKind.Department, AgencyKind.PeoplesCommittee, true)]
    [InlineData(AgencyKind.SteeringCommittee, AgencyKind.PeoplesCommittee, true)]
    [InlineData(AgencyKind.PeoplesCommittee, AgencyKind.Department, false)]
    [InlineData(AgencyKind.PeoplesCommittee, AgencyKind.PeoplesCommittee, false)]
    [InlineData(AgencyKind.Department, AgencyKind.SteeringCommittee, false)]
    public void The_consolidating_body_wins_over_a_peoples_committee(AgencyKind candidate, AgencyKind current, bool replaces) =>
        Assert.Equal(replaces, ReviewerChoice.Replaces(candidate, current));
}
