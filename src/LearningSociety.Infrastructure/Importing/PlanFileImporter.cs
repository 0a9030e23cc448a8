using LearningSociety.Domain.Importing;
using LearningSociety.Infrastructure.Seeding;

namespace LearningSociety.Infrastructure.Importing;

/// <summary>Reads an uploaded .txt or .docx plan and turns it into a draft against a directory of known agencies.</summary>
public sealed class PlanFileImporter(PlanDocumentReader reader)
{
    public PlanFileImporter()
        : this(new PlanDocumentReader())
    {
    }

    /// <exception cref="PlanFileException">The file cannot be read as text (wrong type, empty, binary, too large).</exception>
    public PlanFileImport Import(Stream stream, string fileName, IReadOnlyList<AgencySeed> knownAgencies)
    {
        ArgumentNullException.ThrowIfNull(knownAgencies);
        var text = reader.Read(stream, fileName);
        var result = new PlanTextImporter(AgencyDirectory.FromSeeds(knownAgencies)).Import(text);
        return new PlanFileImport(PlanDraftMapper.ToSeed(result, Path.GetFileName(fileName), knownAgencies), result.Issues, result.AgencyProposals);
    }
}
