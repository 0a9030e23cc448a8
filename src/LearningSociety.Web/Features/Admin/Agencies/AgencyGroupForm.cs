using System.ComponentModel.DataAnnotations;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Features.PlanEditor;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LearningSociety.Web.Features.Admin.Agencies;

/// <summary>
/// A group of bodies a plan addresses as one ("UBND các xã, phường tỉnh Tây Ninh"): with a member
/// level it stands for the People's Committees of every unit of that level under its unit valid on a
/// period's cut-off date; without one it is a named group that reports as one body.
/// </summary>
public sealed class AgencyGroupForm
{
    [Required(ErrorMessage = "Nhập tên đầy đủ của nhóm, ví dụ “Ủy ban nhân dân các xã, phường tỉnh Tây Ninh”.")]
    [StringLength(300, ErrorMessage = "Tên dài tối đa 300 ký tự.")]
    [Display(Name = "Tên nhóm")]
    public string? Name { get; set; }

    [StringLength(150, ErrorMessage = "Tên viết tắt dài tối đa 150 ký tự.")]
    [Display(Name = "Tên viết tắt")]
    public string? ShortName { get; set; }

    [Required(ErrorMessage = "Chọn đơn vị hành chính mà nhóm thuộc về.")]
    [Display(Name = "Thuộc đơn vị")]
    public int? UnitId { get; set; }

    [Display(Name = "Thành viên")]
    public UnitLevel? MemberLevel { get; set; }

    /// <summary>Bodies of the portal's data are from 1945 on; a day outside these years is a typing slip.</summary>
    [DayRange(1945, 2100)]
    [Display(Name = "Hoạt động từ ngày")]
    public DateOnly? ValidFrom { get; set; }

    [DayRange(1945, 2100)]
    [Display(Name = "Đến hết ngày")]
    public DateOnly? ValidTo { get; set; }

    [Display(Name = "Cơ quan kế thừa")]
    public int? SuccessorId { get; set; }

    /// <summary>Null while creating.</summary>
    [BindNever]
    public int? Id { get; set; }

    [BindNever]
    public IReadOnlyList<EditorOption> Units { get; set; } = [];

    [BindNever]
    public IReadOnlyList<EditorOption> Successors { get; set; } = [];

    /// <summary>What the member rule gives today: how many bodies, and the first names.</summary>
    [BindNever]
    public (int Count, IReadOnlyList<string> First)? Members { get; set; }
}
