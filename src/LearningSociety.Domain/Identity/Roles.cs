namespace LearningSociety.Domain.Identity;

/// <summary>Role names, stored as data by Identity.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string ProvinceReviewer = "ProvinceReviewer";
    public const string DistrictOfficer = "DistrictOfficer";
    public const string CommuneOfficer = "CommuneOfficer";
    public const string AgencyReporter = "AgencyReporter";
    public const string Leader = "Leader";

    public static readonly IReadOnlyList<string> All =
        [Admin, ProvinceReviewer, DistrictOfficer, CommuneOfficer, AgencyReporter, Leader];

    public static string DisplayName(string role) => role switch
    {
        Admin => "Quản trị hệ thống",
        ProvinceReviewer => "Chuyên viên Sở GD&ĐT",
        DistrictOfficer => "Cán bộ cấp huyện (Phòng GD&ĐT)",
        CommuneOfficer => "Cán bộ UBND cấp xã",
        AgencyReporter => "Cán bộ cơ quan, đơn vị",
        Leader => "Lãnh đạo",
        _ => role,
    };
}
