using System.ComponentModel.DataAnnotations;

namespace LearningSociety.Web.Features.Admin;

/// <summary>The contact person of an agency or a unit: reviewers chase late reports through these.</summary>
public class ContactForm
{
    [StringLength(200, ErrorMessage = "Họ tên người liên hệ dài tối đa 200 ký tự.")]
    [Display(Name = "Người liên hệ")]
    public string? ContactName { get; set; }

    [StringLength(32, ErrorMessage = "Số điện thoại dài tối đa 32 ký tự.")]
    [RegularExpression(@"^\s*\+?[0-9][0-9 .()\-]{5,30}\s*$", ErrorMessage = "Số điện thoại chỉ gồm chữ số, có thể có dấu cách, dấu chấm, gạch ngang hoặc dấu + ở đầu (ví dụ 0272 3826 123).")]
    [Display(Name = "Điện thoại")]
    public string? ContactPhone { get; set; }

    [StringLength(256, ErrorMessage = "Thư điện tử dài tối đa 256 ký tự.")]
    [EmailAddress(ErrorMessage = "Địa chỉ thư điện tử không hợp lệ.")]
    [Display(Name = "Thư điện tử")]
    public string? ContactEmail { get; set; }
}
