namespace LearningSociety.Infrastructure.UnitLists;

/// <summary>What an import of a unit list changes, as the preview and the result count it.</summary>
public enum UnitChangeKind
{
    UnitAdded,
    UnitRenamed,
    UnitEnded,
    SuccessionAdded,
    AgencyCreated,
    AgencyEnded,
}
