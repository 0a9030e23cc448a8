using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LearningSociety.Web.Features.Admin.Users;

/// <summary>The edit page: the editable fields plus what the page shows about the account.</summary>
public sealed class EditUserForm : UserForm
{
    [BindNever]
    public string Id { get; set; } = "";

    [BindNever]
    public string Email { get; set; } = "";

    [BindNever]
    public bool LockedOut { get; set; }

    [BindNever]
    public string LockState { get; set; } = "";

    [BindNever]
    public bool IsDemo { get; set; }

    /// <summary>The signed-in administrator's own account: no lock button, and the Admin role stays.</summary>
    [BindNever]
    public bool IsSelf { get; set; }
}
