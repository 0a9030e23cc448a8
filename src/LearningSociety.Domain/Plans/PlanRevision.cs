namespace LearningSociety.Domain.Plans;

/// <summary>
/// One confirmed change to a plan in force: who made it, when, on the strength of which
/// amending document, and what changed, in words a reader of the plan understands.
/// </summary>
public class PlanRevision
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public required string UserName { get; set; }
    /// <summary>"Kế hoạch số 12/KH-UBND ngày 05/3/2025"; null for changes that need none (publishing).</summary>
    public string? AmendingDocument { get; set; }
    /// <summary>One line per change ("Sửa thời hạn nhiệm vụ II.1.1: … → …"), separated by new lines.</summary>
    public required string Summary { get; set; }

    public IReadOnlyList<string> SummaryLines =>
        Summary.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
