using LearningSociety.Domain.Reporting;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace LearningSociety.Web.Authorization;

/// <summary>
/// Who may change or review one report: the reporting agency's filers edit it, the reviewing agency's
/// reviewers review it. Which reports a user may see at all is a query filter
/// (<see cref="Features.Reports.ReportAccess.Visible"/>): a report outside it answers 404, one inside
/// it that this handler refuses answers 403. Whether the period or the status still allows a change
/// is the workflow's business (<see cref="ReportWorkflow"/>), said to the user as a message.
/// </summary>
public sealed class ReportAuthorizationHandler(UserScopeProvider scopes) : ScopedAuthorizationHandler<Report>(scopes)
{
    protected override bool Allows(UserScope user, Report resource, OperationAuthorizationRequirement operation) => operation.Name switch
    {
        nameof(Operations.Edit) => user.CanFile && user.AgencyId == resource.AgencyId,
        nameof(Operations.Review) => user.IsReviewer && user.AgencyId == resource.ReviewerAgencyId,
        _ => false,
    };
}
