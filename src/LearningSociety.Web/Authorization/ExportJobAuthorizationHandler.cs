using LearningSociety.Infrastructure.Exports.Jobs;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace LearningSociety.Web.Authorization;

/// <summary>An export job is its requester's alone: anyone else is answered as if it did not exist (404).</summary>
public sealed class ExportJobAuthorizationHandler(UserScopeProvider scopes) : ScopedAuthorizationHandler<ExportJob>(scopes)
{
    protected override bool Allows(UserScope user, ExportJob resource, OperationAuthorizationRequirement operation) => operation.Name switch
    {
        nameof(Operations.Read) => user.UserId != "" && resource.UserId == user.UserId,
        _ => false,
    };
}
