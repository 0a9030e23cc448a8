using System.ComponentModel.DataAnnotations;

namespace LearningSociety.Web.Features.Account;

public sealed record LoginModel
{
    [Required(ErrorMessage = "Vui lòng nhập thư điện tử.")]
    [EmailAddress(ErrorMessage = "Thư điện tử không hợp lệ.")]
    [Display(Name = "Thư điện tử")]
    public string Email { get; init; } = "";

    [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu")]
    public string Password { get; init; } = "";

    [Display(Name = "Ghi nhớ đăng nhập")]
    public bool RememberMe { get; init; }

    public string? ReturnUrl { get; init; }
}
