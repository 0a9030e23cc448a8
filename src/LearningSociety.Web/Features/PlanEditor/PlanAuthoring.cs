using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Authorization;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>
/// The one place that decides who may write plans. Administrators may edit every plan; the
/// provincial department (Sở GD&amp;ĐT) and district offices (Phòng GD&amp;ĐT) may create and edit the
/// plans of units inside their own unit's subtree — a province's plans and its districts' and
/// communes' plans for the first, their district's and its communes' for the second. Everyone
/// else reads plans only, and sees a draft only if they could edit it.
/// </summary>
public static class PlanAuthoring
{
    /// <summary>The role gate of <see cref="Policies.PlanAuthor"/>, for code that has a scope rather than a principal.</summary>
    public static bool MayAuthor(UserScope user) => Policies.PlanAuthorRoles.Any(user.Roles.Contains);

    public static bool CanEdit(UserScope user, string planUnitPath) =>
        user.IsAdmin || (MayAuthor(user) && user.UnitPath is { } own && UnitPath.IsWithin(planUnitPath, own));

    /// <summary>Units a user may author plans for (and create agencies in).</summary>
    public static IQueryable<AdministrativeUnit> AuthorableUnits(this IQueryable<AdministrativeUnit> units, UserScope user)
    {
        if (user.IsAdmin)
        {
            return units;
        }

        if (!MayAuthor(user) || user.UnitPath is null)
        {
            return units.Where(u => false);
        }

        var path = user.UnitPath;
        return units.Where(u => u.Path.StartsWith(path));
    }

    /// <summary>Plans in force or finished are public documents; drafts are shown only to those who may edit them.</summary>
    public static IQueryable<Plan> ReadableBy(this IQueryable<Plan> plans, UserScope user)
    {
        if (user.IsAdmin)
        {
            return plans;
        }

        var path = MayAuthor(user) && user.UnitPath is { } own ? own : null;
        return path is null
            ? plans.Where(p => p.Status != PlanStatus.Draft)
            : plans.Where(p => p.Status != PlanStatus.Draft || p.Unit!.Path.StartsWith(path));
    }
}
