namespace LearningSociety.Domain.Agencies;

public enum AgencyKind
{
    PeoplesCommittee,
    Department,
    SteeringCommittee,
    MassOrganization,
    Association,
    PartyBody,
    Media,
    School,
    ArmedForces,
    Other,
    /// <summary>Every agency of one level below a unit, e.g. "UBND các xã, thị trấn".</summary>
    Group,
}
