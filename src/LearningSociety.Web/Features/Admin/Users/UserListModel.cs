namespace LearningSociety.Web.Features.Admin.Users;

public sealed record UserListModel(UserFilter Filter, IReadOnlyList<UserListModel.Row> Users, int Total, int Page, int Pages)
{
    public sealed record Row(string Id, string Email, string FullName, string? Agency, string? Unit, IReadOnlyList<string> Roles, bool LockedOut, bool IsDemo);
}
