using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Identity;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Account;

public sealed class AccountController(SignInManager<AppUser> signIn, UserManager<AppUser> users, AuditLog audit, ILogger<AccountController> logger) : Controller
{
    public const string FailedSignIn = "Thư điện tử hoặc mật khẩu không đúng. Sau 5 lần nhập sai liên tiếp, tài khoản bị tạm khóa 15 phút; "
        + "nếu vẫn không đăng nhập được, vui lòng liên hệ quản trị viên.";

    private static readonly Lazy<string> TimingHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    [AllowAnonymous]
    [AllowWithoutTwoFactor]
    [HttpGet]
    public IActionResult Login(string? returnUrl = null) => View(new LoginModel { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [AllowWithoutTwoFactor]
    [HttpPost]
    public async Task<IActionResult> Login(LoginModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var account = await users.FindByEmailAsync(model.Email.Trim());
        if (account is null || await users.IsLockedOutAsync(account))
        {
            // No password is checked for these, so hash one anyway: the answer then takes as long as for a
            // real account, and its time does not tell whether the address has one.
            users.PasswordHasher.VerifyHashedPassword(account ?? new AppUser(), TimingHash.Value, model.Password);
        }

        var result = account is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(account, model.Password, model.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Đăng nhập thành công: {Email}", model.Email);
            await audit.WriteAsync(null, model.Email, AuditAction.Login);
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl! : "/");
        }

        if (result.RequiresTwoFactor)
        {
            // Password right; the sign-in is finished (and audited) by the second step.
            return RedirectToAction(nameof(LoginTwoFactor), new { model.ReturnUrl, model.RememberMe });
        }

        logger.LogWarning("Đăng nhập thất bại: {Email} (khóa: {LockedOut})", model.Email, result.IsLockedOut);
        await audit.WriteAsync(null, model.Email, result.IsLockedOut ? AuditAction.LoginLocked : AuditAction.LoginFailed);

        // One answer for an unknown address, a wrong password and a locked account: a different message
        // would tell a stranger which addresses have accounts.
        ModelState.AddModelError(string.Empty, FailedSignIn);
        return View(model with { Password = "" });
    }

    [AllowAnonymous]
    [AllowWithoutTwoFactor]
    [HttpGet]
    public async Task<IActionResult> LoginTwoFactor(string? returnUrl = null, bool rememberMe = false) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(Login), new { returnUrl })
            : View(new LoginTwoFactorModel { ReturnUrl = returnUrl, RememberMe = rememberMe });

    [AllowAnonymous]
    [AllowWithoutTwoFactor]
    [HttpPost]
    public async Task<IActionResult> LoginTwoFactor(LoginTwoFactorModel model)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            TempData["ErrorMessage"] = "Bước nhập mã đã quá thời gian (5 phút). Vui lòng nhập lại mật khẩu.";
            return RedirectToAction(nameof(Login), new { model.ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var name = user.Email ?? user.UserName ?? "";
        var typed = model.Code.Replace(" ", "", StringComparison.Ordinal).Trim();
        var isAppCode = typed.Length == 6 && typed.All(char.IsAsciiDigit);
        var result = isAppCode
            ? await signIn.TwoFactorAuthenticatorSignInAsync(typed, model.RememberMe, model.RememberMachine)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode.Normalize(typed));
        if (result.Succeeded)
        {
            if (isAppCode)
            {
                await audit.WriteAsync(user.Id, name, AuditAction.Login, "xác thực hai lớp");
            }
            else
            {
                var left = await users.CountRecoveryCodesAsync(user);
                await audit.WriteAsync(user.Id, name, AuditAction.LoginRecoveryCode, $"còn {left} mã khôi phục");
                TempData[left <= 3 ? "ErrorMessage" : "StatusMessage"] =
                    $"Bạn đã đăng nhập bằng một mã khôi phục (mã này không dùng lại được). Còn {left} mã."
                    + (left <= 3 ? " Hãy vào “Bảo mật tài khoản” để tạo bộ mã mới." : "");
            }

            logger.LogInformation("Đăng nhập thành công (hai lớp): {Email}", name);
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl! : "/");
        }

        logger.LogWarning("Mã xác thực sai: {Email} (khóa: {LockedOut})", name, result.IsLockedOut);
        await audit.WriteAsync(user.Id, name, result.IsLockedOut ? AuditAction.LoginLocked : isAppCode ? AuditAction.LoginTwoFactorFailed : AuditAction.LoginRecoveryCodeFailed);
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Tài khoản tạm thời bị khóa do nhập sai nhiều lần. Vui lòng thử lại sau 15 phút hoặc liên hệ quản trị viên."
            : isAppCode
                ? "Mã xác thực không đúng hoặc đã được dùng. Hãy nhập mã mới đang hiển thị trên ứng dụng xác thực."
                : "Mã khôi phục không đúng hoặc đã được dùng.");
        return View(model with { Code = "" });
    }

    [AllowWithoutTwoFactor]
    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user); // a copy of this session's cookie stops working too
        }

        await signIn.SignOutAsync();
        // Nothing of this officer stays on a shared phone: the pages kept for offline use, the local
        // drafts, the service worker and the browser's cache of this site (ADR 0009).
        Response.Headers["Clear-Site-Data"] = "\"cache\", \"storage\"";
        return RedirectToAction(nameof(Login));
    }

    [HttpGet]
    public IActionResult ChangePassword() => View(new ChangePasswordModel());

    [HttpPost]
    public async Task<IActionResult> ChangePassword(ChangePasswordModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == "PasswordMismatch" ? nameof(model.CurrentPassword) : nameof(model.NewPassword);
                ModelState.AddModelError(field, error.Description);
            }

            return View(new ChangePasswordModel());
        }

        await audit.WriteAsync(user.Id, user.UserName ?? "", AuditAction.PasswordChange, "người dùng tự đổi mật khẩu");
        await signIn.RefreshSignInAsync(user);
        TempData["StatusMessage"] = "Đã đổi mật khẩu.";
        return RedirectToAction("Index", "Home");
    }

    [AllowAnonymous]
    [AllowWithoutTwoFactor]
    [HttpGet]
    public IActionResult AccessDenied() => View();
}
