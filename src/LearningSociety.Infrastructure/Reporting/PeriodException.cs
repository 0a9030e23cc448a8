namespace LearningSociety.Infrastructure.Reporting;

/// <summary>A period that cannot be opened; the message is for the user.</summary>
public sealed class PeriodException(string message) : Exception(message);
