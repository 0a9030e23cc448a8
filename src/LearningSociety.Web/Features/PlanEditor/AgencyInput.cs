using System.ComponentModel.DataAnnotations;
using LearningSociety.Domain.Agencies;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>An agency missing from the directory, added while assigning a task.</summary>
public sealed class AgencyInput
{
    [StringLength(300, ErrorMessage = "Tên dài tối đa 300 ký tự.")]
    public string? Name { get; set; }

    [StringLength(150, ErrorMessage = "Tên viết tắt dài tối đa 150 ký tự.")]
    public string? ShortName { get; set; }

    public AgencyKind Kind { get; set; } = AgencyKind.Department;
    public int? UnitId { get; set; }
    /// <summary>The editor page to go back to (local URLs only).</summary>
    [StringLength(2000)]
    public string? ReturnUrl { get; set; }
}
