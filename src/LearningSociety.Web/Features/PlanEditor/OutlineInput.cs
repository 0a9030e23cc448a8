using System.ComponentModel.DataAnnotations;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>A section of the report outline (đề cương). Rows are kept in <see cref="Order"/>; a blank new row is ignored.</summary>
public sealed class OutlineInput
{
    /// <summary>Null for a new row.</summary>
    public int? Id { get; set; }

    [StringLength(32, ErrorMessage = "Số của phần dài tối đa 32 ký tự.")]
    public string? Number { get; set; }

    [StringLength(1000, ErrorMessage = "Tên phần dài tối đa 1.000 ký tự.")]
    public string? Title { get; set; }

    /// <summary>Shown as 10, 20, 30…; a blank one keeps the row where it is.</summary>
    [Range(0, 9999, ErrorMessage = "Thứ tự là số nguyên từ 0 đến 9999.")]
    [Display(Name = "Thứ tự (0–9999)")]
    public int? Order { get; set; }

    public bool Remove { get; set; }

    public bool IsEmpty => Id is null && string.IsNullOrWhiteSpace(Number) && string.IsNullOrWhiteSpace(Title);
}
