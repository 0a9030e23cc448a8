namespace LearningSociety.BrowserTests.Infrastructure;

/// <summary>The place of a fact in a scenario run by <see cref="StepOrderer"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StepAttribute(int number) : Attribute
{
    public int Number { get; } = number;
}
