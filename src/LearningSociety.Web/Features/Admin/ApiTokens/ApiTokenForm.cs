using System.ComponentModel.DataAnnotations;
using LearningSociety.Web.Features.PlanEditor;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LearningSociety.Web.Features.Admin.ApiTokens;

/// <summary>A new token: which system, which unit's subtree, what it may read, for how long.</summary>
public sealed class ApiTokenForm
{
    /// <summary>How long a token may live, in days: never more than a year, so a forgotten one dies by itself.</summary>
    public static readonly IReadOnlyList<int> Lifetimes = [30, 90, 180, 365];

    [Required(ErrorMessage = "Vui lòng nhập tên hệ thống sẽ dùng mã.")]
    [StringLength(200, ErrorMessage = "Tên hệ thống dài tối đa 200 ký tự.")]
    [Display(Name = "Tên hệ thống")]
    public string Name { get; set; } = "";

    [Display(Name = "Đơn vị được xem")]
    public int? UnitId { get; set; }

    [Display(Name = "Đọc số liệu tổng hợp")]
    public bool ReadFigures { get; set; }

    [Display(Name = "Đọc kế hoạch và tình trạng báo cáo")]
    public bool ReadPlans { get; set; }

    [Display(Name = "Thời hạn")]
    public int? Days { get; set; } = 90;

    [BindNever]
    public IReadOnlyList<EditorOption> Units { get; set; } = [];
}
