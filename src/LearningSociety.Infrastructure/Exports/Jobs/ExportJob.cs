namespace LearningSociety.Infrastructure.Exports.Jobs;

/// <summary>
/// One export asked for by one user, kept in the database so that another instance, or this one
/// after a restart, sees it. The file itself lives on disk (<see cref="StoredFile"/>).
/// </summary>
public class ExportJob
{
    public int Id { get; set; }

    /// <summary>The only user who may see and download it.</summary>
    public string UserId { get; set; } = "";

    public ExportKind Kind { get; set; }
    public int PeriodId { get; set; }

    /// <summary>Null only for a national commune workbook.</summary>
    public int? UnitId { get; set; }

    public bool ApprovedOnly { get; set; }

    /// <summary>
    /// For a period from before the 2025 reform: true = figures under today's units, false = as the units
    /// reported; null when the period has no such choice. The same switch as the page the user asked from.
    /// </summary>
    public bool? CurrentUnits { get; set; }
    public ExportState State { get; set; }

    /// <summary>0–100.</summary>
    public int Progress { get; set; }

    /// <summary>What the list shows: "Báo cáo tổng hợp (Excel) · Tỉnh Long An · Năm 2024".</summary>
    public string Title { get; set; } = "";

    /// <summary>The name the browser saves the file under.</summary>
    public string? FileName { get; set; }

    /// <summary>The file's name inside the exports folder; never a path the user chose.</summary>
    public string? StoredFile { get; set; }

    public long? FileSize { get; set; }
    public string? Error { get; set; }

    /// <summary>Which portal process runs it ("host:pid:start"), for the logs and the stale-job sweep.</summary>
    public string? Worker { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>Refreshed while running; a running job whose heartbeat stops was lost with its process.</summary>
    public DateTimeOffset? HeartbeatAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
