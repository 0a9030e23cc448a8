namespace LearningSociety.Domain.Units;

/// <summary>
/// A node of the administrative tree. Depth is data: three tiers before 1/7/2025, two after.
/// The same official code can be reused by a later list, so identity is (Code, ValidFrom).
/// </summary>
public class AdministrativeUnit
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>Official type as written in the list: "Tỉnh", "Huyện", "Thị xã", "Xã", "Phường", "Thị trấn"…</summary>
    public required string UnitType { get; set; }
    public UnitLevel Level { get; set; }
    public int? ParentId { get; set; }
    public AdministrativeUnit? Parent { get; set; }
    public List<AdministrativeUnit> Children { get; } = [];
    /// <summary>Ids from the root down to this unit, "/1/17/240/": subtree queries become a prefix match.</summary>
    public string Path { get; set; } = "/";
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }

    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);
}
