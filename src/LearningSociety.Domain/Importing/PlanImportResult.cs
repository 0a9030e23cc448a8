namespace LearningSociety.Domain.Importing;

/// <summary>The draft, what could not be read, and the agencies named that the directory does not know.</summary>
public sealed record PlanImportResult(
    PlanDraft Draft,
    IReadOnlyList<ImportIssue> Issues,
    IReadOnlyList<AgencyProposal> AgencyProposals);
