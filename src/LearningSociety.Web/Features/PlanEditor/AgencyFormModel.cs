namespace LearningSociety.Web.Features.PlanEditor;

public sealed class AgencyFormModel
{
    public required EditorPlan Plan { get; init; }

    public required AgencyInput Input { get; init; }

    /// <summary>The plan's unit, the units above it and those inside it.</summary>
    public required IReadOnlyList<EditorOption> Units { get; init; }
}
