namespace LearningSociety.Infrastructure.Seeding;

/// <summary>A seed or import file that cannot be loaded; names the file, the place in it and the problem.</summary>
public sealed class SeedException(string file, string location, string problem)
    : Exception($"Tệp {file}, vị trí {location}: {problem}")
{
    public string File { get; } = file;
    public string Location { get; } = location;
    public string Problem { get; } = problem;
}
