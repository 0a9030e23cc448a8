using LearningSociety.Domain.Units;

namespace LearningSociety.Domain.Agencies;

/// <summary>A body that leads, supports or reports on tasks: a department, a People's Committee, an association…</summary>
public class Agency
{
    public int Id { get; set; }
    /// <summary>Stable key from the seeds, "&lt;unit code&gt;:&lt;slug&gt;", e.g. "80:so-gddt".</summary>
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public AgencyKind Kind { get; set; }
    public int UnitId { get; set; }
    public AdministrativeUnit? Unit { get; set; }
    /// <summary>For a group: the level of the units whose agencies it stands for.</summary>
    public UnitLevel? MemberLevel { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    /// <summary>First day the body exists; null for bodies that predate the portal's data (every pre-reform body).</summary>
    public DateOnly? ValidFrom { get; set; }
    /// <summary>Last day the body exists (30/6/2025 for the bodies of abolished units); null while it exists.</summary>
    public DateOnly? ValidTo { get; set; }
    /// <summary>The body that took over its duties, where the reorganisation implies one.</summary>
    public int? SuccessorId { get; set; }
    public Agency? Successor { get; set; }

    public string DisplayName => ShortName ?? Name;

    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);
}
