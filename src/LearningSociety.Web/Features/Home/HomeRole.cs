using LearningSociety.Domain.Identity;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Home;

/// <summary>Which first screen a user gets; with several roles, the widest one wins.</summary>
public enum HomeRole
{
    Filer,
    District,
    Province,
    Leader,
    Admin,
}

/// <summary>Picks the <see cref="HomeRole"/> of a user.</summary>
public static class HomeRoles
{
    public static HomeRole Of(UserScope user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsAdmin ? HomeRole.Admin
            : user.Roles.Contains(Roles.ProvinceReviewer) ? HomeRole.Province
            : user.Roles.Contains(Roles.DistrictOfficer) ? HomeRole.District
            : user.Roles.Contains(Roles.Leader) ? HomeRole.Leader
            : HomeRole.Filer;
    }
}
