using LearningSociety.Domain.Plans;
using LearningSociety.Web.Features.PlanEditor;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace LearningSociety.Web.Authorization;

/// <summary>
/// Who may edit one plan (and open, close and manage its reporting periods): its unit's authors
/// (<see cref="PlanAuthoring.CanEdit"/>). The plan comes with its <see cref="Plan.Unit"/> loaded.
/// </summary>
public sealed class PlanAuthorizationHandler(UserScopeProvider scopes) : ScopedAuthorizationHandler<Plan>(scopes)
{
    protected override bool Allows(UserScope user, Plan resource, OperationAuthorizationRequirement operation) => operation.Name switch
    {
        nameof(Operations.Edit) => PlanAuthoring.CanEdit(user, resource.Unit!.Path),
        _ => false,
    };
}
