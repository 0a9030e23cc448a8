namespace LearningSociety.Infrastructure.LoadTesting;

public sealed record LoadFixtureSummary(int PlanId, int PeriodId, int Reports, int Submitters, int Readers, IReadOnlyList<string> Provinces, int UnitsImported);
