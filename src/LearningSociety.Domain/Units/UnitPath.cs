using System.Globalization;

namespace LearningSociety.Domain.Units;

/// <summary>
/// The materialised path of a unit ("/1/17/240/"): the ids from the root down. Subtree questions
/// become string questions, which any database answers with an index.
/// </summary>
public static class UnitPath
{
    public const string Root = "/";

    public static string Child(string parentPath, int id) =>
        (string.IsNullOrEmpty(parentPath) ? Root : parentPath) + id.ToString(CultureInfo.InvariantCulture) + "/";

    /// <summary>Ids from the root down to and including the unit itself.</summary>
    public static IReadOnlyList<int> Ids(string path) =>
        [.. path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))];

    /// <summary>True when the unit at <paramref name="path"/> is the unit at <paramref name="ancestorPath"/> or below it.</summary>
    public static bool IsWithin(string path, string ancestorPath) =>
        ancestorPath.Length > 0 && path.StartsWith(ancestorPath, StringComparison.Ordinal);

    public static int Depth(string path) => Ids(path).Count;
}
