using System.ComponentModel.DataAnnotations;

namespace LearningSociety.Web.Features.Periods;

/// <summary>An agency to add to an open period's reporters.</summary>
public sealed class AddReporterInput
{
    [Required(ErrorMessage = "Vui lòng chọn cơ quan, đơn vị cần bổ sung.")]
    public int? AgencyId { get; set; }
}
