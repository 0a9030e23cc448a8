using System.ComponentModel.DataAnnotations;

namespace LearningSociety.Web.Features.Account;

public sealed class EnableAuthenticatorModel
{
    [Required(ErrorMessage = "Vui lòng nhập mã 6 chữ số hiển thị trên ứng dụng xác thực.")]
    [Display(Name = "Mã xác thực")]
    public string Code { get; set; } = "";

    /// <summary>The key in groups of four, for typing into the app by hand.</summary>
    public string SharedKey { get; set; } = "";

    public string AuthenticatorUri { get; set; } = "";

    public bool RequiredByPolicy { get; set; }
}
