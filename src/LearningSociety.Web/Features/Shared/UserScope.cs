using System.Security.Claims;
using LearningSociety.Domain.Identity;
using LearningSociety.Web.Authorization;

namespace LearningSociety.Web.Features.Shared;

/// <summary>Who is asking: their agency, the unit subtree they may see, and their roles.</summary>
public sealed record UserScope(string UserId, string UserName, int? AgencyId, string? UnitPath, IReadOnlySet<string> Roles)
{
    public bool IsAdmin => Policies.AdminRoles.Any(Roles.Contains);

    public bool IsReviewer => Policies.ReviewerRoles.Any(Roles.Contains);

    /// <summary>Roles that file reports for their own agency.</summary>
    public bool CanFile => Policies.FilerRoles.Any(Roles.Contains);

    /// <summary>The roles of <see cref="Policies.Consolidate"/>: those who see consolidated figures.</summary>
    public bool MayConsolidate => Policies.ConsolidateRoles.Any(Roles.Contains);

    /// <summary>
    /// For reviewers and leaders: the paths of the units whose history rolled into their subtree (the
    /// old provinces of a merged province), fewest prefixes first. They read those units' reports;
    /// they never write them.
    /// </summary>
    public IReadOnlyList<string> PredecessorPaths { get; init; } = [];

    /// <summary>Reviewers and leaders read every report of their subtree (and of its predecessors).</summary>
    public bool ReadsSubtree => UnitPath is not null && Policies.SubtreeReaderRoles.Any(Roles.Contains);

    /// <summary>
    /// Everything about the user that decides which reports, periods and units they read (roles, agency,
    /// unit, predecessors): users with the same key are shown the same consolidations and dashboards.
    /// </summary>
    public string AccessKey => string.Join('|', string.Join(',', Roles.Order(StringComparer.Ordinal)), AgencyId?.ToString(System.Globalization.CultureInfo.InvariantCulture), UnitPath, string.Join(',', PredecessorPaths));

    public static UserScope Anonymous { get; } = new("", "", null, null, new HashSet<string>());

    public static IReadOnlySet<string> RolesOf(ClaimsPrincipal principal) =>
        Domain.Identity.Roles.All.Where(principal.IsInRole).ToHashSet(StringComparer.Ordinal);
}
