using LearningSociety.Domain.Agencies;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>An agency missing from the directory, added while assigning a task.</summary>
public sealed class AgencyInput
{
    public string? Name { get; set; }
    public string? ShortName { get; set; }
    public AgencyKind Kind { get; set; } = AgencyKind.Department;
    public int? UnitId { get; set; }
    /// <summary>The editor page to go back to (local URLs only).</summary>
    public string? ReturnUrl { get; set; }
}
