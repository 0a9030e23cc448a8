using System.ComponentModel.DataAnnotations;
using LearningSociety.Domain.Plans;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>A quantitative target: what is measured, how, who reports it and the value to reach by each year or phase.</summary>
public sealed class TargetInput : ChangeInput
{
    public string? Code { get; set; }
    public string? SectionNumber { get; set; }
    public string? Name { get; set; }
    public string? Text { get; set; }
    public TargetKind Kind { get; set; }
    public string? UnitOfMeasure { get; set; }
    public string? NumeratorDefinition { get; set; }
    public string? DenominatorDefinition { get; set; }
    /// <summary>"Province", "District", "Commune" (the units of that level report it), "agencies", or empty.</summary>
    public string? ReportedBy { get; set; }
    /// <summary>A rating target's levels, one a line, best first; empty for the default Tốt/Khá/Trung bình/Chưa đạt.
    /// Limited whatever the kind chosen: a value the editor ignores is still refused when it is too long.</summary>
    [StringLength(RatingScale.MaxStoredLength, ErrorMessage = "Các mức xếp loại dài tối đa {1} ký tự.")]
    public string? RatingLevels { get; set; }
    /// <summary>How many of the best levels count toward the goal: 1 "xếp loại Tốt", 2 "từ Khá trở lên".</summary>
    [Range(1, RatingScale.MaxLevels - 1, ErrorMessage = "Chọn mức xếp loại tính vào giá trị cần đạt.")]
    public int RatingGoalLevels { get; set; } = 1;
    public List<TargetValueInput> Values { get; set; } = [];
}
