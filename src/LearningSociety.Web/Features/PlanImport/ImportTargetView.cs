namespace LearningSociety.Web.Features.PlanImport;

/// <summary>A target's fixed parts shown beside its fields.</summary>
public sealed record ImportTargetView(int Index, string Code, string Kind, string? UnitOfMeasure, string? Text, int Line, bool YearUncertain = false);
