namespace LearningSociety.Web.Features.Admin.Audit;

/// <summary>The audit log's search form, as typed: dates stay text so that a wrong one can be shown back.</summary>
public sealed record AuditFilter
{
    /// <summary>Part of the name or e-mail of the person who acted, or of the account acted upon.</summary>
    public string? User { get; init; }
    /// <summary>An action ("report.submit") or a group ending in "*" ("user.*").</summary>
    public string? Action { get; init; }
    /// <summary>dd/MM/yyyy, a day in Vietnam time.</summary>
    public string? From { get; init; }
    public string? To { get; init; }
    public string? EntityId { get; init; }
    public int Page { get; init; } = 1;
}
