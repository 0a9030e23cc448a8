namespace LearningSociety.Infrastructure.LoadTesting;

/// <summary>What the database holds after a load or crash test, against what the portal acknowledged.</summary>
public sealed record LoadCheckResult(int Reports, int Acknowledged, int Submitted, int SubmittedWithoutAcknowledgement, IReadOnlyList<string> Problems)
{
    public bool Ok => Problems.Count == 0;
}
