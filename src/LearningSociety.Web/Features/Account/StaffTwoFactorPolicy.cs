using System.Security.Claims;
using LearningSociety.Web.Authorization;
using LearningSociety.Web.Setup;

namespace LearningSociety.Web.Features.Account;

/// <summary>
/// Staff who can read and approve every unit's reports (Admin, ProvinceReviewer) must sign in with
/// an authenticator app. Switched by <c>Security:RequireTwoFactorForStaff</c> (default on) and never
/// applied in demo mode, so the demo accounts of the embedded default keep working with a password.
/// </summary>
public sealed class StaffTwoFactorPolicy(IConfiguration configuration, IHostEnvironment environment)
{
    public const string SettingKey = "Security:RequireTwoFactorForStaff";

    public bool Active { get; } =
        configuration.GetValue(SettingKey, true) && !DatabaseInitializer.DemoEnabled(configuration, environment);

    public bool AppliesTo(ClaimsPrincipal user) => Active && Policies.TwoFactorRoles.Any(user.IsInRole);
}
