namespace LearningSociety.Infrastructure.Reporting;

/// <summary>What one run of the calendar did: periods opened, closed, and plans left waiting for their transition.</summary>
public sealed record PeriodCalendarRun(int Opened, int Closed, int Waiting);
