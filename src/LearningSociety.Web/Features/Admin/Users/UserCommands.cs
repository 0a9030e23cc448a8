using LearningSociety.Domain.Commands;
using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Identity;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Identity;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Admin.Users;

/// <summary>
/// Account changes made by an administrator. Each runs in one transaction with its audit line, so the log never
/// claims a change that was rolled back nor misses one that was kept (UserManager saves as it goes).
/// Each returns a <see cref="CommandResult"/>: success, or the refusals field by field (ADR 0011).
/// </summary>
public sealed class UserCommands(AppDbContext db, UserManager<AppUser> users, AuditLog audit, TimeProvider clock)
{
    public const string SelfDemotion = "Bạn không thể bỏ vai trò Quản trị hệ thống của chính mình. Nếu cần, hãy nhờ một quản trị viên khác thực hiện.";
    public const string SelfLock = "Bạn không thể tự khóa tài khoản của chính mình.";

    public async Task<CommandResult> CreateAsync(NewUserForm form, UserScope actor, CancellationToken ct)
    {
        var email = form.Email.Trim();
        var (agency, errors) = await CheckRoleAndAgencyAsync(form, null, ct);
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = FormText.Clean(form.FullName) ?? "",
            AgencyId = agency?.Id,
            UnitId = agency?.UnitId,
        };

        // Both validators run up front, so the administrator sees every problem at once.
        foreach (var validator in users.UserValidators)
        {
            errors.AddRange(Fields((await validator.ValidateAsync(users, user)).Errors, nameof(NewUserForm.Email)));
        }

        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange(Fields((await validator.ValidateAsync(users, user, form.Password)).Errors, nameof(NewUserForm.Password)));
        }

        if (errors.Count > 0)
        {
            return CommandResult.Of(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, form.Password);
        if (!created.Succeeded)
        {
            return CommandResult.Of([.. Fields(created.Errors, nameof(NewUserForm.Email))]);
        }

        await users.AddToRoleAsync(user, form.Role);
        audit.Add(actor, AuditAction.UserCreate, AuditSubject.User, user.Id, $"{email} · {Roles.DisplayName(form.Role)} · {agency?.Name ?? "không gắn cơ quan"}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return CommandResult.Success;
    }

    /// <summary>Returns null when there is no such account.</summary>
    public async Task<CommandResult?> UpdateAsync(string id, UserForm form, UserScope actor, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return null;
        }

        var (agency, errors) = await CheckRoleAndAgencyAsync(form, user.AgencyId, ct);
        var roles = await users.GetRolesAsync(user);
        if (user.Id == actor.UserId && roles.Contains(Roles.Admin) && form.Role != Roles.Admin)
        {
            errors.Add(new FieldProblem(nameof(UserForm.Role), SelfDemotion));
        }

        if (errors.Count > 0)
        {
            return CommandResult.Of(errors);
        }

        var agencyChanged = user.AgencyId != agency?.Id;
        var oldAgency = user.AgencyId is { } oldId ? await db.Agencies.Where(a => a.Id == oldId).Select(a => a.Name).SingleOrDefaultAsync(ct) : null;
        var fullName = FormText.Clean(form.FullName) ?? "";
        var changes = new ChangeList()
            .Add("Họ tên", user.FullName, fullName)
            .Add("Cơ quan, đơn vị", oldAgency, agency?.Name);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user.FullName = fullName;
        user.AgencyId = agency?.Id;
        user.UnitId = agency?.UnitId;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return CommandResult.Of([.. Fields(updated.Errors, "")]);
        }

        if (changes.Any)
        {
            audit.Add(actor, AuditAction.UserUpdate, AuditSubject.User, user.Id, $"{user.Email}: {changes}");
        }

        if (roles.Count != 1 || roles[0] != form.Role)
        {
            await users.RemoveFromRolesAsync(user, roles);
            await users.AddToRoleAsync(user, form.Role);
            var before = roles.Count == 0 ? "(không có)" : string.Join(", ", roles.Select(Roles.DisplayName));
            audit.Add(actor, AuditAction.UserRole, AuditSubject.User, user.Id, $"{user.Email}: {before} → {Roles.DisplayName(form.Role)}");
        }

        if (agencyChanged || roles.Count != 1 || roles[0] != form.Role)
        {
            await users.UpdateSecurityStampAsync(user); // open sessions end: the account signs in again with its new role or unit
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return CommandResult.Success;
    }

    /// <summary>Locks until an administrator unlocks; the new security stamp ends the user's open sessions.</summary>
    public async Task<CommandResult> LockAsync(AppUser user, UserScope actor, CancellationToken ct)
    {
        if (user.Id == actor.UserId)
        {
            return CommandResult.Refused(SelfLock);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        audit.Add(actor, AuditAction.UserLock, AuditSubject.User, user.Id, $"{user.Email}: Hoạt động → Bị khóa");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return CommandResult.Success;
    }

    public async Task UnlockAsync(AppUser user, UserScope actor, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        audit.Add(actor, AuditAction.UserUnlock, AuditSubject.User, user.Id, $"{user.Email}: Bị khóa → Hoạt động");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Sets a new password through a reset token, so the policy applies and open sessions end.</summary>
    public async Task<CommandResult> ResetPasswordAsync(AppUser user, string newPassword, UserScope actor, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (!result.Succeeded)
        {
            return CommandResult.Of([.. Fields(result.Errors, nameof(PasswordForm.NewPassword))]);
        }

        audit.Add(actor, AuditAction.UserPassword, AuditSubject.User, user.Id, $"{user.Email}: quản trị viên đặt mật khẩu mới");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return CommandResult.Success;
    }

    /// <summary>An administrator's lock runs to the end of time; a lock after failed sign-ins ends by itself.</summary>
    public static bool LockedByAdministrator(DateTimeOffset? lockoutEnd) => lockoutEnd?.Year == DateTimeOffset.MaxValue.Year;

    public async Task<AppUser?> FindAsync(string id) => await users.FindByIdAsync(id);

    /// <summary>An account may not be newly bound to a body that has ended; one already bound to it keeps it until moved.</summary>
    private async Task<(Domain.Agencies.Agency? Agency, List<FieldProblem> Errors)> CheckRoleAndAgencyAsync(UserForm form, int? currentAgencyId, CancellationToken ct)
    {
        var errors = new List<FieldProblem>();
        if (!Roles.All.Contains(form.Role))
        {
            errors.Add(new FieldProblem(nameof(UserForm.Role), "Vui lòng chọn một vai trò trong danh sách."));
        }

        Domain.Agencies.Agency? agency = null;
        if (form.AgencyId is { } agencyId)
        {
            agency = await db.Agencies.AsNoTracking().Include(a => a.Successor).SingleOrDefaultAsync(a => a.Id == agencyId, ct);
            if (agency is null)
            {
                errors.Add(new FieldProblem(nameof(UserForm.AgencyId), "Cơ quan, đơn vị đã chọn không còn tồn tại. Vui lòng chọn lại."));
            }
            else if (agency.Id != currentAgencyId
                && AgencyLifetime.Refusal(AgencyLifetime.Term.Of(agency), Domain.Deadlines.VietnamTime.Today(clock), "gắn tài khoản vào cơ quan này", "hôm nay") is { } refusal)
            {
                errors.Add(new FieldProblem(nameof(UserForm.AgencyId), refusal));
            }
        }
        else if (form.Role != Roles.Admin)
        {
            // Every role but the administrator works on the data of one agency and its unit.
            errors.Add(new FieldProblem(nameof(UserForm.AgencyId), "Vui lòng chọn cơ quan, đơn vị của người dùng."));
        }

        return (agency, errors);
    }

    /// <summary>
    /// Identity's errors on the form's fields. The sign-in name is the e-mail, so its errors go there too, and a
    /// duplicate name is the duplicate e-mail said twice.
    /// </summary>
    private static IEnumerable<FieldProblem> Fields(IEnumerable<IdentityError> errors, string fallback) =>
        errors.Where(e => e.Code != "DuplicateUserName").Select(e => e.Code switch
        {
            _ when e.Code.StartsWith("Password", StringComparison.Ordinal) && e.Code != "PasswordMismatch" =>
                new FieldProblem(fallback == nameof(PasswordForm.NewPassword) ? fallback : nameof(NewUserForm.Password), e.Description),
            "InvalidUserName" => new FieldProblem(nameof(NewUserForm.Email), "Thư điện tử chỉ được gồm chữ cái không dấu, chữ số và các ký tự @ . - _ +."),
            "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" => new FieldProblem(nameof(NewUserForm.Email), e.Description),
            _ => new FieldProblem(fallback, e.Description),
        });
}
