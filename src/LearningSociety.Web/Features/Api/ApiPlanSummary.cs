namespace LearningSociety.Web.Features.Api;

/// <param name="Number">The document number, "129/KH-UBND" ("…/KH-BCĐ" when left blank).</param>
/// <param name="Status">Active or Completed (drafts are never listed).</param>
public sealed record ApiPlanSummary(
    int Id, string Number, string Title, DateOnly IssuedOn, int IssuerId, string Issuer, int UnitId, string Level, string Kind, string Status,
    int PeriodStartYear, int PeriodEndYear);
