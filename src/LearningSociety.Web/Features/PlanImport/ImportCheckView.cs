namespace LearningSociety.Web.Features.PlanImport;

/// <summary>One "cần kiểm tra" mark of the review page: the draft field, whether it was a guess, whether it is ticked, a note.</summary>
public sealed record ImportCheckView(string Field, bool Uncertain, bool Confirmed, string? Note = null);
