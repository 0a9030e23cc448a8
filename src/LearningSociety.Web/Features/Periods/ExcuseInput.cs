using System.ComponentModel.DataAnnotations;
using LearningSociety.Domain.Reporting;

namespace LearningSociety.Web.Features.Periods;

/// <summary>Miễn nộp: which report, and why (required).</summary>
public sealed class ExcuseInput
{
    [Required(ErrorMessage = "Vui lòng chọn đơn vị được miễn nộp.")]
    public int? ReportId { get; set; }

    [Required(ErrorMessage = "Vui lòng ghi lý do miễn nộp.")]
    [StringLength(ReportWorkflow.MaxExcuseReason, ErrorMessage = "Lý do miễn nộp tối đa 500 ký tự.")]
    public string? Reason { get; set; }
}
