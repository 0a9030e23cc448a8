namespace LearningSociety.Infrastructure.LoadTesting;

/// <summary>What <see cref="LoadFixture"/> prepares: how many commune users and readers, for which year, from which unit list.</summary>
public sealed record LoadFixtureOptions(int Communes, int Readers, string Password, int Year, string? UnitsFile, IReadOnlyList<string> Provinces);
