namespace LearningSociety.Web.Features.PlanImport;

/// <summary>What became of a posted draft: the problems by field, or the id of the plan it was saved as.</summary>
public sealed record ImportOutcome(IReadOnlyList<(string Field, string Message)> Problems, int? SavedId = null, bool Forbidden = false);
