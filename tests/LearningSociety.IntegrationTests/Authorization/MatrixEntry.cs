namespace LearningSociety.IntegrationTests.Authorization;

/// <summary>
/// One row of the matrix: an endpoint as the portal lists it ("POST /Reports/Review/{id?}"), how to
/// build its URL from one side's ids, and the expected outcome per actor as 13 letters (see
/// <see cref="AuthorizationMatrix"/>). <paramref name="Body"/> is a harmless form body ("a=1&amp;b=2");
/// the antiforgery token is added by the test.
/// </summary>
public sealed record MatrixEntry(string Method, string Route, Func<MatrixSide, string> Url, string Expected, string? Body = null)
{
    /// <summary>Signs a new session in for this row, because the request ends the session it is sent in.</summary>
    public bool FreshSession { get; init; }

    /// <summary>Runs after every other row, because an allowed request changes what other rows rely on.</summary>
    public bool RunLast { get; init; }

    public string Key => Method + " " + Route;

    private string Letters => Expected.Replace(" ", "", StringComparison.Ordinal).Replace("|", "", StringComparison.Ordinal);

    public bool IsWellFormed => Letters.Length == 1 + (2 * (AuthorizationMatrix.RoleCount)) && Letters.All(c => "ALFN".Contains(c, StringComparison.Ordinal));

    /// <summary>Actor 0 is anonymous (one letter); actor i ≥ 1 has two letters, own then other.</summary>
    public MatrixOutcome Expect(int actor, bool own) => Letters[actor == 0 ? 0 : (2 * actor) - (own ? 1 : 0)] switch
    {
        'A' => MatrixOutcome.Allowed,
        'L' => MatrixOutcome.Login,
        'F' => MatrixOutcome.Forbidden,
        'N' => MatrixOutcome.NotFound,
        var c => throw new InvalidOperationException($"{Key}: unknown letter '{c}' in \"{Expected}\""),
    };
}
