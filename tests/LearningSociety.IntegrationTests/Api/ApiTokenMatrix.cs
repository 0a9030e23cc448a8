namespace LearningSociety.IntegrationTests.Api;

/// <summary>
/// Every /api/v1 endpoint × every kind of token × the token's own subtree / another one. Letters as in
/// the portal's authorization matrix (A allowed, L 401, F 403, N 404), two per column, own then other:
///
///     Figures | Plans | Both | Expired | Revoked | Garbled | Unknown | Missing
///
/// Figures and Plans are valid tokens with one scope each, Both has both; Expired and Revoked carry both
/// scopes but are dead; Garbled is not a token's shape, Unknown has the shape but was never issued,
/// Missing sends no Authorization header. Lists without an id read the same for both sides.
/// </summary>
public static class ApiTokenMatrix
{
    public static readonly IReadOnlyList<string> Columns = ["Figures", "Plans", "Both", "Expired", "Revoked", "Garbled", "Unknown", "Missing"];

    private const string Dead = "LL | LL | LL | LL | LL";

    public static readonly IReadOnlyList<(string Route, Func<ApiSide, string> Url, string Expected)> Entries =
    [
        ("/api/v1/units", _ => "/api/v1/units?pageSize=5", "AA | AA | AA | " + Dead),
        ("/api/v1/units/{id}", s => $"/api/v1/units/{s.Unit}", "AN | AN | AN | " + Dead),
        ("/api/v1/agencies", s => $"/api/v1/agencies?unitId={s.Unit}", "AN | AN | AN | " + Dead),
        ("/api/v1/periods", s => $"/api/v1/periods?planId={s.Plan}", "AA | AA | AA | " + Dead),
        ("/api/v1/periods/{id}", s => $"/api/v1/periods/{s.Period}", "AN | AN | AN | " + Dead),
        ("/api/v1/periods/{periodId}/figures", s => $"/api/v1/periods/{s.Period}/figures?unitId={s.PeriodUnit}", "AN | FF | AN | " + Dead),
        ("/api/v1/periods/{periodId}/reports", s => $"/api/v1/periods/{s.Period}/reports", "FF | AN | AN | " + Dead),
        ("/api/v1/plans", _ => "/api/v1/plans", "FF | AA | AA | " + Dead),
        ("/api/v1/plans/{id}", s => $"/api/v1/plans/{s.Plan}", "FF | AN | AN | " + Dead),
    ];

    public static char Expect(string expected, int column, bool own) =>
        expected.Replace(" ", "", StringComparison.Ordinal).Replace("|", "", StringComparison.Ordinal)[(2 * column) + (own ? 0 : 1)];
}
