using System.ComponentModel.DataAnnotations;

namespace LearningSociety.Web.Features.Account;

public sealed record LoginTwoFactorModel
{
    [Required(ErrorMessage = "Vui lòng nhập mã xác thực hoặc mã khôi phục.")]
    [Display(Name = "Mã xác thực (6 chữ số) hoặc mã khôi phục")]
    public string Code { get; init; } = "";

    [Display(Name = "Ghi nhớ máy này (không hỏi mã trong 14 ngày)")]
    public bool RememberMachine { get; init; }

    public bool RememberMe { get; init; }

    public string? ReturnUrl { get; init; }
}
