namespace LearningSociety.Web.Features.Admin.Users;

/// <summary>One line of the agency picker: "Phòng Giáo dục và Đào tạo · Huyện Cần Đước".</summary>
public sealed record AgencyOption(int Id, string Label);
