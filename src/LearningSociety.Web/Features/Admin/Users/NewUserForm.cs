using System.ComponentModel.DataAnnotations;

namespace LearningSociety.Web.Features.Admin.Users;

/// <summary>A new account: the e-mail is also the sign-in name; the initial password follows the Identity policy.</summary>
public sealed class NewUserForm : UserForm
{
    [Required(ErrorMessage = "Vui lòng nhập thư điện tử.")]
    [EmailAddress(ErrorMessage = "Địa chỉ thư điện tử không hợp lệ.")]
    [StringLength(256, ErrorMessage = "Thư điện tử dài tối đa 256 ký tự.")]
    [Display(Name = "Thư điện tử (dùng để đăng nhập)")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập mật khẩu ban đầu.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu ban đầu")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập lại mật khẩu.")]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "Hai lần nhập mật khẩu không khớp.")]
    [Display(Name = "Nhập lại mật khẩu")]
    public string ConfirmPassword { get; set; } = "";
}
