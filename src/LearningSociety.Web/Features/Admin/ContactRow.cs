namespace LearningSociety.Web.Features.Admin;

/// <summary>A line of the agency or unit list: what it is, where it is, and how to reach it.</summary>
/// <param name="IsGroup">An agency group: its name opens the group editor.</param>
public sealed record ContactRow(int Id, string Name, string Detail, string? ContactName, string? ContactPhone, string? ContactEmail, bool IsGroup = false)
{
    public bool HasContact => ContactName is not null || ContactPhone is not null || ContactEmail is not null;
}
