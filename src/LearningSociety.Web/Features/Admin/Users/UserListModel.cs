namespace LearningSociety.Web.Features.Admin.Users;

public sealed record UserListModel(IReadOnlyList<UserListModel.Row> Users)
{
    public sealed record Row(string Id, string Email, string FullName, string? Agency, string? Unit, IReadOnlyList<string> Roles, bool LockedOut, bool IsDemo);
}
