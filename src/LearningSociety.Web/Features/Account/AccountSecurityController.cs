using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Identity;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Account;

/// <summary>"Bảo mật tài khoản": two-factor sign-in with an authenticator app, and recovery codes.</summary>
[Route("Account/Security")]
[AllowWithoutTwoFactor]
public sealed class AccountSecurityController(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    StaffTwoFactorPolicy policy,
    AuditLog audit,
    IConfiguration configuration,
    IUserStore<AppUser> store) : Controller
{
    public const int RecoveryCodeCount = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        return Page("Index", new SecurityOverviewModel(
            await users.GetTwoFactorEnabledAsync(user),
            !string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)),
            await users.CountRecoveryCodesAsync(user),
            await signIn.IsTwoFactorClientRememberedAsync(user),
            policy.AppliesTo(User)));
    }

    [HttpGet("Enable")]
    public async Task<IActionResult> Enable()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            TempData["StatusMessage"] = "Xác thực hai lớp đang bật.";
            return RedirectToAction(nameof(Index));
        }

        return Page("Enable", await WithKeyAsync(user, new EnableAuthenticatorModel()));
    }

    [HttpPost("Enable")]
    public async Task<IActionResult> Enable(EnableAuthenticatorModel model)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToAction(nameof(Index));
        }

        if (!ModelState.IsValid)
        {
            return Page("Enable", await WithKeyAsync(user, model));
        }

        var code = model.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(model.Code),
                "Mã xác thực không đúng. Hãy kiểm tra khóa đã nhập vào ứng dụng và giờ trên điện thoại, rồi nhập mã 6 chữ số đang hiển thị.");
            model.Code = "";
            return Page("Enable", await WithKeyAsync(user, model));
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await audit.WriteAsync(user.Id, user.UserName ?? "", AuditAction.TwoFactorEnable);
        await signIn.RefreshSignInAsync(user);
        return RecoveryCodesPage(codes, "Đã bật xác thực hai lớp.");
    }

    /// <summary>New codes replace all old ones; shown on this response only, never stored in a cookie.</summary>
    [HttpPost("RecoveryCodes")]
    public async Task<IActionResult> RecoveryCodes()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            TempData["ErrorMessage"] = "Chỉ tạo được mã khôi phục khi xác thực hai lớp đang bật.";
            return RedirectToAction(nameof(Index));
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await audit.WriteAsync(user.Id, user.UserName ?? "", AuditAction.TwoFactorRecoveryCodes);
        return RecoveryCodesPage(codes, "Đã tạo bộ mã khôi phục mới; các mã cũ không còn dùng được.");
    }

    [HttpPost("Disable")]
    public async Task<IActionResult> Disable()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (policy.AppliesTo(User))
        {
            TempData["ErrorMessage"] = "Tài khoản quản trị và chuyên viên Sở bắt buộc dùng xác thực hai lớp nên không tắt được. "
                + "Nếu đổi điện thoại, hãy dùng “Đặt lại khóa”.";
            return RedirectToAction(nameof(Index));
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await signIn.ForgetTwoFactorClientAsync();
        await audit.WriteAsync(user.Id, user.UserName ?? "", AuditAction.TwoFactorDisable);
        await signIn.RefreshSignInAsync(user);
        TempData["StatusMessage"] = "Đã tắt xác thực hai lớp. Từ nay chỉ cần mật khẩu để đăng nhập.";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>A new key (e.g. after losing the phone): two-factor sign-in is off until the new key is verified.</summary>
    [HttpPost("Reset")]
    public async Task<IActionResult> Reset()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.ForgetTwoFactorClientAsync();
        await audit.WriteAsync(user.Id, user.UserName ?? "", AuditAction.TwoFactorReset);
        await signIn.RefreshSignInAsync(user);
        TempData["StatusMessage"] = "Đã tạo khóa mới; khóa cũ trong ứng dụng xác thực không còn dùng được. Hãy thêm lại tài khoản vào ứng dụng và nhập mã để bật lại.";
        return RedirectToAction(nameof(Enable));
    }

    [HttpPost("ForgetMachine")]
    public async Task<IActionResult> ForgetMachine()
    {
        await signIn.ForgetTwoFactorClientAsync();
        TempData["StatusMessage"] = "Máy này sẽ được hỏi mã xác thực ở lần đăng nhập sau.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<EnableAuthenticatorModel> WithKeyAsync(AppUser user, EnableAuthenticatorModel model)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // The first key is only shown, not yet in use, so it is stored without a new security stamp
            // (ResetAuthenticatorKeyAsync would end the account's other sessions just for opening this page).
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<AppUser>)store).SetAuthenticatorKeyAsync(user, key, HttpContext.RequestAborted);
            await users.UpdateAsync(user);
        }

        model.SharedKey = AuthenticatorKey.Format(key);
        model.AuthenticatorUri = AuthenticatorKey.Uri(configuration["Security:AuthenticatorIssuer"] ?? "Xã hội học tập", user.Email ?? user.UserName ?? "", key);
        model.RequiredByPolicy = policy.AppliesTo(User);
        NoStore();
        return model;
    }

    private ViewResult RecoveryCodesPage(IEnumerable<string>? codes, string message)
    {
        NoStore();
        ViewData["Message"] = message;
        return Page("RecoveryCodes", (codes ?? []).ToList());
    }

    /// <summary>Keys and recovery codes must not stay in a browser or proxy cache.</summary>
    private void NoStore()
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers.Pragma = "no-cache";
    }

    private ViewResult Page(string name, object model) => View($"~/Features/Account/Security/{name}.cshtml", model);
}
