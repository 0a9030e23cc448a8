namespace LearningSociety.UnitTests.Support;

/// <summary>A fact that is skipped, with the reason shown, when a file it needs (a system font) is absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequiresFileFactAttribute : FactAttribute
{
    public RequiresFileFactAttribute(string path, string package)
    {
        Path = path;
        if (!File.Exists(path))
        {
            Skip = $"'{path}' is not installed (apt-get install {package}).";
        }
    }

    public string Path { get; }
}
