using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LearningSociety.Web.Features.Admin.Users;

/// <summary>What an administrator sets on an account: name, role and agency (the unit follows the agency).</summary>
public class UserForm
{
    public const int MaxQueryLength = 200;

    [Required(ErrorMessage = "Vui lòng nhập họ tên.")]
    [StringLength(200, ErrorMessage = "Họ tên dài tối đa 200 ký tự.")]
    [Display(Name = "Họ tên")]
    public string FullName { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng chọn vai trò.")]
    [Display(Name = "Vai trò")]
    public string Role { get; set; } = "";

    [Display(Name = "Cơ quan, đơn vị")]
    public int? AgencyId { get; set; }

    /// <summary>The text typed into the agency filter; only narrows the list.</summary>
    [StringLength(MaxQueryLength, ErrorMessage = "Từ tìm dài tối đa 200 ký tự.")]
    [Display(Name = "Tìm cơ quan, đơn vị")]
    public string? AgencyQuery { get; set; }

    [BindNever]
    public AgencyChoices Agencies { get; set; } = AgencyChoices.None;
}
