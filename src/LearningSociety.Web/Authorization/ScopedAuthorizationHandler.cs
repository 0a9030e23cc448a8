using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace LearningSociety.Web.Authorization;

/// <summary>
/// A resource handler that decides on the signed-in user's <see cref="UserScope"/> (agency, unit,
/// roles), loaded once per request. The rule itself is a pure function of the scope and the resource.
/// </summary>
public abstract class ScopedAuthorizationHandler<TResource>(UserScopeProvider scopes)
    : AuthorizationHandler<OperationAuthorizationRequirement, TResource>
{
    protected sealed override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, TResource resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (Allows(await scopes.GetAsync(), resource, requirement))
        {
            context.Succeed(requirement);
        }
    }

    protected abstract bool Allows(UserScope user, TResource resource, OperationAuthorizationRequirement operation);
}
