using System.ComponentModel.DataAnnotations;
using LearningSociety.Domain.Plans;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>A reporting rule: who reports to whom, how often, by when, as the document words it, and the report outline.</summary>
public sealed class RuleInput : ChangeInput
{
    public int? FromAgencyId { get; set; }
    public int? ToAgencyId { get; set; }
    /// <summary>"Hiện cả cơ quan đã giải thể": list bodies that do not exist on the plan's date too.</summary>
    public bool IncludeEnded { get; set; }
    public ReportFrequency Frequency { get; set; }
    public DeadlineInput Deadline { get; set; } = new();
    [StringLength(4000, ErrorMessage = "Câu chữ về chế độ báo cáo dài tối đa 4.000 ký tự.")]
    public string? Text { get; set; }
    public List<OutlineInput> Outline { get; set; } = [];
}
