namespace LearningSociety.UnitTests.Support;

/// <summary>A fact that is skipped, with the reason shown, when a command-line tool is not on the PATH.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequiresToolFactAttribute : FactAttribute
{
    public RequiresToolFactAttribute(string tool, string package)
    {
        Tool = tool;
        Package = package;
        if (ExternalTool.Find(tool) is null)
        {
            Skip = $"'{tool}' is not installed (apt-get install {package}).";
        }
    }

    public string Tool { get; }

    public string Package { get; }
}
