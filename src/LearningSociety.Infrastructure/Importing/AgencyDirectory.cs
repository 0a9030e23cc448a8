using LearningSociety.Domain.Importing;
using LearningSociety.Infrastructure.Seeding;

namespace LearningSociety.Infrastructure.Importing;

/// <summary>Builds the importer's agency directory from agencies in the seed format.</summary>
public static class AgencyDirectory
{
    public static IReadOnlyList<AgencyDirectoryEntry> FromSeeds(IEnumerable<AgencySeed> agencies)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        return agencies.Select(a => new AgencyDirectoryEntry(a.Key, a.Name, a.ShortName, Unit: a.Unit)).ToList();
    }
}
