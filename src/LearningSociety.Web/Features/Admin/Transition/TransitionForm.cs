using System.ComponentModel.DataAnnotations;

namespace LearningSociety.Web.Features.Admin.Transition;

/// <summary>The choices of the transition page (one per select) and, on confirmation, the preview's fingerprint.</summary>
public sealed class TransitionForm : IValidatableObject
{
    public const int MaxChoices = 5000;
    public const int MaxLength = 64;

    public Dictionary<string, string> Choices { get; set; } = [];

    [StringLength(MaxLength)]
    public string? Fingerprint { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Choices.Count > MaxChoices || Choices.Any(c => c.Key.Length > MaxLength || (c.Value?.Length ?? 0) > MaxLength))
        {
            yield return new ValidationResult("Biểu mẫu có lựa chọn không hợp lệ; hãy tải lại trang và chọn lại.");
        }
    }
}
