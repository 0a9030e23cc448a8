namespace LearningSociety.IntegrationTests.Api;

/// <summary>Ids on one side of the token's boundary: a unit, an agency of it, a plan with a period, and that plan's unit.</summary>
public sealed record ApiSide(int Unit, int Agency, int Plan, int Period, int PeriodUnit);
