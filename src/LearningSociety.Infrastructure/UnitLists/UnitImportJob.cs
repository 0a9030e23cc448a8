namespace LearningSociety.Infrastructure.UnitLists;

/// <summary>
/// One uploaded unit list, from preview to result, kept in the database so that every portal instance
/// (and this one after a restart) sees the same job and runs it once.
/// </summary>
public class UnitImportJob
{
    public int Id { get; set; }

    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    /// <summary>The name the file had on the administrator's computer (for the page and the audit log only).</summary>
    public string FileName { get; set; } = "";

    public long FileSize { get; set; }

    /// <summary>The uploaded bytes, gzip-compressed; dropped once the job has ended.</summary>
    public byte[]? Content { get; set; }

    public UnitImportState State { get; set; }

    /// <summary>0–100, of the step running now (preview or import).</summary>
    public int Progress { get; set; }

    /// <summary>What the preview counted (<see cref="UnitImportChanges"/> as JSON).</summary>
    public string? Preview { get; set; }

    /// <summary>What the import changed (<see cref="UnitImportChanges"/> as JSON).</summary>
    public string? Result { get; set; }

    /// <summary>Why the file was refused or the job failed, in Vietnamese.</summary>
    public string? Error { get; set; }

    public string? Worker { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? HeartbeatAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
