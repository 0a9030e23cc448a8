using LearningSociety.Domain.Units;

namespace LearningSociety.Domain.Agencies;

/// <summary>
/// Who signs a report for the body that files it (Decree 30/2020): the title lines of the signature
/// block, chosen by the agency's kind and the level of its unit, never by how its name is spelled.
/// A department of a province is a Sở (its director signs); below the province it is a Phòng.
/// </summary>
public static class SignatureBlock
{
    public static IReadOnlyList<string> For(AgencyKind kind, UnitLevel level) => kind switch
    {
        AgencyKind.PeoplesCommittee => ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        AgencyKind.SteeringCommittee => ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN"],
        AgencyKind.Department => level == UnitLevel.Province ? ["GIÁM ĐỐC"] : ["TRƯỞNG PHÒNG"],
        AgencyKind.MassOrganization or AgencyKind.Association or AgencyKind.PartyBody or AgencyKind.Media or AgencyKind.School
            or AgencyKind.ArmedForces or AgencyKind.Other or AgencyKind.Group => ["THỦ TRƯỞNG CƠ QUAN"],
    };
}
