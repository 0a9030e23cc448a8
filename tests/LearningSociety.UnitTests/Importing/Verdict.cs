namespace LearningSociety.UnitTests.Importing;

/// <summary>How a field of an imported draft compares with the facts: right, flagged "cần kiểm tra", or wrong and shown as a fact.</summary>
internal enum Verdict
{
    Right,
    Flagged,
    Wrong,
}
