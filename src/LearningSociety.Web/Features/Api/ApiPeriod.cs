namespace LearningSociety.Web.Features.Api;

/// <summary>A reporting period (kỳ báo cáo) of a plan: its data window and its deadline (inclusive, Vietnam time).</summary>
/// <param name="Frequency">Annual, Quarterly, Once, Phase or OnRequest.</param>
public sealed record ApiPeriod(
    int Id, string Name, int PlanId, string Plan, string Frequency, int Year, int? Quarter, string? PhaseName,
    DateOnly CutoffStart, DateOnly CutoffEnd, DateOnly Deadline, bool IsClosed);
