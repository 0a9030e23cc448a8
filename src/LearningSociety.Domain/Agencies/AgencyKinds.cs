namespace LearningSociety.Domain.Agencies;

public static class AgencyKinds
{
    public static string DisplayName(AgencyKind kind) => kind switch
    {
        AgencyKind.PeoplesCommittee => "Ủy ban nhân dân",
        AgencyKind.Department => "Sở, ban, ngành, phòng",
        AgencyKind.SteeringCommittee => "Ban Chỉ đạo",
        AgencyKind.MassOrganization => "Mặt trận, đoàn thể",
        AgencyKind.Association => "Hội",
        AgencyKind.PartyBody => "Cơ quan Đảng",
        AgencyKind.Media => "Báo chí, truyền thông",
        AgencyKind.School => "Cơ sở giáo dục",
        AgencyKind.ArmedForces => "Lực lượng vũ trang",
        AgencyKind.Group => "Nhóm đơn vị",
        _ => "Khác",
    };
}
