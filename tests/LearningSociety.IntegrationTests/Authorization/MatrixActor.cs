namespace LearningSociety.IntegrationTests.Authorization;

/// <summary>
/// One column of the matrix: a role, the account that plays it (null for anonymous), and the ids
/// of its own unit's data and of another unit's data.
/// </summary>
public sealed record MatrixActor(string Name, string? Email, MatrixSide Own, MatrixSide Other)
{
    public bool IsAnonymous => Email is null;
}
