namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>The fields every change form carries besides its own.</summary>
public class ChangeInput
{
    /// <summary>The plan's version when the form was opened; a save from an older version is a conflict.</summary>
    public int Version { get; set; }

    /// <summary>"Văn bản sửa đổi, bổ sung": required once the plan is in force.</summary>
    public string? AmendingDocument { get; set; }

    public ChangeStep Step { get; set; }

    /// <summary>Fingerprint of the changes the user saw in the preview; confirming anything else previews again.</summary>
    public string? PreviewToken { get; set; }
}
