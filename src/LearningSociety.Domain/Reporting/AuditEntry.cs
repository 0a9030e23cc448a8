namespace LearningSociety.Domain.Reporting;

/// <summary>A line of the audit log: sign-ins, role changes, report saves and reviews.</summary>
/// <remarks>Its action and subject come from the catalogue only (<see cref="AuditAction"/>, <see cref="AuditSubject"/>).</remarks>
public class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(AuditAction action, AuditSubject? subject = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        Action = action.Code;
        EntityType = subject?.Code;
    }

    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public required string UserName { get; set; }
    public string Action { get; private set; } = "";
    public string? EntityType { get; private set; }
    public string? EntityId { get; set; }
    public string? Details { get; set; }
}
