using LearningSociety.Domain.Importing;
using LearningSociety.Web.Features.PlanEditor;

namespace LearningSociety.Web.Features.AssignmentImport;

/// <summary>The Excel import page of a plan: upload, then the changes it would make and the rows it could not use.</summary>
public sealed class AssignmentImportModel : ChangeFormModel
{
    public AssignmentImportInput Input { get; init; } = new();

    public override ChangeInput Change => Input;

    public string? FileName { get; init; }

    public IReadOnlyList<ImportIssue> Issues { get; set; } = [];

    public int TaskRows { get; init; }

    public int TargetRows { get; init; }

    /// <summary>Why the file could not be read at all.</summary>
    public string? Error { get; init; }

    public long MaxFileBytes { get; init; }
}
