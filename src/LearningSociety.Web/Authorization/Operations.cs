using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace LearningSociety.Web.Authorization;

/// <summary>
/// What a user asks to do with one report, plan or export job:
/// <c>await authorization.AuthorizeAsync(User, report, Operations.Edit)</c>. The handler of the
/// resource's type (<see cref="ReportAuthorizationHandler"/>, <see cref="PlanAuthorizationHandler"/>,
/// <see cref="ExportJobAuthorizationHandler"/>) decides.
/// </summary>
public static class Operations
{
    /// <summary>Read it: an export job's progress and file.</summary>
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };

    /// <summary>Change it: a report's content and evidence, a plan and its periods.</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };

    /// <summary>Approve, return or reopen a report.</summary>
    public static readonly OperationAuthorizationRequirement Review = new() { Name = nameof(Review) };
}
