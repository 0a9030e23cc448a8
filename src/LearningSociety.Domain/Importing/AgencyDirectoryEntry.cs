namespace LearningSociety.Domain.Importing;

/// <summary>
/// An agency the importer may recognise in a plan: its key, full name, short name and any other
/// names people write for it. <paramref name="Unit"/> is the code of the administrative unit it
/// belongs to, used to place the plan when the agency turns out to be its issuer. A body outside
/// <paramref name="ValidFrom"/>–<paramref name="ValidTo"/> did not exist on a plan's date and never issues it.
/// </summary>
public sealed record AgencyDirectoryEntry(
    string Key,
    string Name,
    string? ShortName = null,
    IReadOnlyList<string>? Aliases = null,
    string? Unit = null,
    DateOnly? ValidFrom = null,
    DateOnly? ValidTo = null);
