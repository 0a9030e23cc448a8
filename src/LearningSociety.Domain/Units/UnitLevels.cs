namespace LearningSociety.Domain.Units;

/// <summary>Vietnamese names of levels and the mapping from the seed vocabulary.</summary>
public static class UnitLevels
{
    public static string DisplayName(UnitLevel level) => level switch
    {
        UnitLevel.Province => "Cấp tỉnh",
        UnitLevel.District => "Cấp huyện",
        UnitLevel.Commune => "Cấp xã",
        _ => level.ToString(),
    };

    public static UnitLevel? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "province" => UnitLevel.Province,
        "district" => UnitLevel.District,
        "commune" => UnitLevel.Commune,
        _ => null,
    };
}
