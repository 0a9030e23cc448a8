namespace LearningSociety.Web.Features.Api;

/// <summary>A plan with its phases, items (sections and tasks, flat, by <c>parentId</c>), assignments, deadlines and targets.</summary>
public sealed record ApiPlan(
    ApiPlanSummary Plan, IReadOnlyList<ApiPlan.Phase> Phases, IReadOnlyList<ApiPlan.Item> Items, IReadOnlyList<ApiPlan.Target> Targets)
{
    public sealed record Phase(string Name, DateOnly Start, DateOnly End);

    /// <param name="Number">The document's own numbering, "II.4.3".</param>
    /// <param name="Deadline">Null for a section or a task without one.</param>
    public sealed record Item(
        int Id, int? ParentId, string Number, string? Title, string? Text, bool IsTask, Deadline? Deadline, IReadOnlyList<Assignment> Assignments);

    /// <param name="Kind">FixedDate, Quarter, Annual, PhaseEnd or Ongoing; the other fields are those the kind uses.</param>
    /// <param name="Text">The deadline as the plan words it.</param>
    public sealed record Deadline(string Kind, DateOnly? Date, int? Year, int? Quarter, int? Day, int? Month, string? PhaseName, string Text);

    /// <param name="Role">Lead (chủ trì) or Cooperating (phối hợp).</param>
    public sealed record Assignment(int AgencyId, string Agency, string Role);

    /// <param name="Kind">Percentage, UnitsReaching, Count, YesNo or Level.</param>
    public sealed record Target(int Id, string Code, string Name, string Kind, string? UnitOfMeasure, IReadOnlyList<TargetValue> Values);

    /// <param name="Year">The year the value is due, or null when it is due at the end of <paramref name="PhaseName"/>.</param>
    public sealed record TargetValue(int? Year, string? PhaseName, decimal Value);
}
