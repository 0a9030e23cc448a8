using Xunit.Abstractions;
using Xunit.Sdk;

namespace LearningSociety.BrowserTests.Infrastructure;

/// <summary>Runs a scenario's facts in the order of their <see cref="StepAttribute"/>: each step starts where the last one left the portal.</summary>
public sealed class StepOrderer : ITestCaseOrderer
{
    public const string Name = "LearningSociety.BrowserTests.Infrastructure.StepOrderer";

    public const string Assembly = "LearningSociety.BrowserTests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase =>
        testCases.OrderBy(c => c.TestMethod.Method.GetCustomAttributes(typeof(StepAttribute).AssemblyQualifiedName!)
            .FirstOrDefault()?.GetConstructorArguments().OfType<int>().First() ?? int.MaxValue);
}
