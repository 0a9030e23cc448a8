using LearningSociety.Domain.Units;

namespace LearningSociety.Infrastructure.ApiTokens;

/// <summary>
/// A key another system uses to read the API (/api/v1) without a browser. It reads as a leader of
/// <see cref="Unit"/> would — that subtree and the history that rolled into it — limited to its
/// <see cref="Scopes"/>. The secret is never stored: only its SHA-256 (<see cref="Hash"/>).
/// </summary>
public class ApiToken
{
    public int Id { get; set; }

    /// <summary>The system that uses it, as the administrator named it ("Hệ thống thống kê tỉnh").</summary>
    public required string Name { get; set; }

    public int UnitId { get; set; }
    public AdministrativeUnit? Unit { get; set; }

    public ApiScopes Scopes { get; set; }

    /// <summary>Lower-case hex SHA-256 of the whole token.</summary>
    public required string Hash { get; set; }

    /// <summary>The first characters of the token, so an administrator can tell which one a system holds.</summary>
    public required string Hint { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}
