namespace LearningSociety.Web.Features.PlanImport;

/// <summary>What the review shows beside a node's fields: where it sits, where it came from, who leads, and the deadline as the portal reads the wording now in the form.</summary>
public sealed record ImportNodeView(
    int Index,
    int Depth,
    int Line,
    bool IsTask,
    IReadOnlyList<ImportAgencyView> Lead,
    IReadOnlyList<ImportAgencyView> Cooperating,
    string? DeadlineRule);
