namespace LearningSociety.Domain.Units;

/// <summary>The tier a unit sits in. The tree itself never assumes a fixed number of tiers.</summary>
public enum UnitLevel
{
    Province = 1,
    District = 2,
    Commune = 3,
}
