using LearningSociety.Infrastructure.Identity;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Account;

public sealed class AccountController(SignInManager<AppUser> signIn, UserManager<AppUser> users, AuditLog audit, ILogger<AccountController> logger) : Controller
{
    [AllowAnonymous]
    [HttpGet]
    public IActionResult Login(string? returnUrl = null) => View(new LoginModel { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost]
    public async Task<IActionResult> Login(LoginModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await signIn.PasswordSignInAsync(model.Email.Trim(), model.Password, model.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Đăng nhập thành công: {Email}", model.Email);
            await audit.WriteAsync(null, model.Email, "login");
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl! : "/");
        }

        logger.LogWarning("Đăng nhập thất bại: {Email} (khóa: {LockedOut})", model.Email, result.IsLockedOut);
        await audit.WriteAsync(null, model.Email, result.IsLockedOut ? "login.locked" : "login.failed");
        var lockedByAdministrator = result.IsLockedOut
            && Admin.Users.UserCommands.LockedByAdministrator((await users.FindByEmailAsync(model.Email.Trim()))?.LockoutEnd);
        ModelState.AddModelError(string.Empty,
            lockedByAdministrator ? "Tài khoản đã bị quản trị viên khóa. Vui lòng liên hệ quản trị viên."
            : result.IsLockedOut ? "Tài khoản tạm thời bị khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau 15 phút hoặc liên hệ quản trị viên."
            : result.IsNotAllowed ? "Tài khoản chưa được phép đăng nhập. Vui lòng liên hệ quản trị viên."
            : "Thư điện tử hoặc mật khẩu không đúng.");
        return View(model with { Password = "" });
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
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

        await signIn.RefreshSignInAsync(user);
        TempData["StatusMessage"] = "Đã đổi mật khẩu.";
        return RedirectToAction("Index", "Home");
    }

    [AllowAnonymous]
    [HttpGet]
    public IActionResult AccessDenied() => View();
}
