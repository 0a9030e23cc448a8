using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LearningSociety.Web.Features.Admin.Agencies;

public sealed class AgencyContactForm : ContactForm
{
    [StringLength(150, ErrorMessage = "Tên viết tắt dài tối đa 150 ký tự.")]
    [Display(Name = "Tên viết tắt")]
    public string? ShortName { get; set; }

    [BindNever]
    public int Id { get; set; }

    [BindNever]
    public string Name { get; set; } = "";

    [BindNever]
    public string Unit { get; set; } = "";

    [BindNever]
    public int UnitId { get; set; }

    [BindNever]
    public string Kind { get; set; } = "";

    [BindNever]
    public bool IsGroup { get; set; }

    /// <summary>"Hoạt động từ … đến …" and, once ended, "đã giải thể" with the successor.</summary>
    [BindNever]
    public string? Lifetime { get; set; }

    [BindNever]
    public int? SuccessorId { get; set; }
}
