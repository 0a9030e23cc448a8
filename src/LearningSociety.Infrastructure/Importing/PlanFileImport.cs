using LearningSociety.Domain.Importing;
using LearningSociety.Infrastructure.Seeding;

namespace LearningSociety.Infrastructure.Importing;

/// <summary>
/// A plan read from a file: the draft in the seed format (ready for <see cref="PlanSeedImporter"/>
/// once a person has checked it), what could not be read, and the agencies to confirm as new.
/// </summary>
public sealed record PlanFileImport(
    PlanSeed Draft,
    IReadOnlyList<ImportIssue> Issues,
    IReadOnlyList<AgencyProposal> AgencyProposals);
