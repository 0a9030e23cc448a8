using LearningSociety.Web.Features.PlanEditor;

namespace LearningSociety.Web.Features.AssignmentImport;

/// <summary>The confirm form: the protected rows plus the change fields every editor form carries.</summary>
public sealed class AssignmentImportInput : ChangeInput
{
    public string? Payload { get; set; }
}
