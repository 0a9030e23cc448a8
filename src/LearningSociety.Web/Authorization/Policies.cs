using LearningSociety.Domain.Identity;
using LearningSociety.Web.Features.Api;
using Microsoft.AspNetCore.Authorization;

namespace LearningSociety.Web.Authorization;

/// <summary>
/// The one list of who may enter which part of the portal: role groups and the named policies built
/// from them. Controllers say <c>[Authorize(Policy = Policies.…)]</c>, the navigation asks the same
/// policies, and <see cref="Shared.UserScope"/> reads its role groups from here. Whether a user may touch
/// one report, plan or export job is decided by the resource handlers beside this file
/// (<see cref="Operations"/>). The JSON API's token policies are in <see cref="ApiPolicies"/>.
/// </summary>
public static class Policies
{
    /// <summary>The administration area.</summary>
    public const string Admin = "portal.admin";

    /// <summary>Consolidated figures, dashboards and background exports: those who review or lead.</summary>
    public const string Consolidate = "portal.consolidate";

    /// <summary>Writing plans (the editor, the plan and assignment importers): the role gate, before any plan is looked at.</summary>
    public const string PlanAuthor = "portal.plan-author";

    public static readonly IReadOnlyList<string> AdminRoles = [Roles.Admin];

    public static readonly IReadOnlyList<string> ConsolidateRoles = [Roles.Admin, Roles.ProvinceReviewer, Roles.DistrictOfficer, Roles.Leader];

    public static readonly IReadOnlyList<string> PlanAuthorRoles = [Roles.Admin, Roles.ProvinceReviewer, Roles.DistrictOfficer];

    /// <summary>Roles that review the reports sent to their agency.</summary>
    public static readonly IReadOnlyList<string> ReviewerRoles = [Roles.ProvinceReviewer, Roles.DistrictOfficer];

    /// <summary>Roles that file reports for their own agency.</summary>
    public static readonly IReadOnlyList<string> FilerRoles = [Roles.CommuneOfficer, Roles.AgencyReporter, Roles.DistrictOfficer, Roles.ProvinceReviewer];

    /// <summary>Roles that read every report of their unit's subtree (and of its predecessors).</summary>
    public static readonly IReadOnlyList<string> SubtreeReaderRoles = [Roles.ProvinceReviewer, Roles.DistrictOfficer, Roles.Leader];

    /// <summary>Staff who can read and approve every unit's reports: they sign in with an authenticator app.</summary>
    public static readonly IReadOnlyList<string> TwoFactorRoles = [Roles.Admin, Roles.ProvinceReviewer];

    /// <summary>The portal's policies, the API's, and the resource handlers.</summary>
    public static IServiceCollection AddPortalAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Admin, p => p.RequireRole(AdminRoles))
            .AddPolicy(Consolidate, p => p.RequireRole(ConsolidateRoles))
            .AddPolicy(PlanAuthor, p => p.RequireRole(PlanAuthorRoles))
            .AddApiPolicies();
        services.AddScoped<IAuthorizationHandler, ReportAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, PlanAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, ExportJobAuthorizationHandler>();
        return services;
    }
}
