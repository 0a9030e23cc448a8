namespace LearningSociety.Infrastructure.Importing;

/// <summary>
/// One scanned plan (a PDF without text layer, a photo) being read by OCR for its uploader, kept in the database
/// so that every portal instance sees the same job and runs it once. Page images live on disk
/// (<see cref="PlanImportOptions.OcrFolder"/>), the recognised text here, until the retention time ends.
/// </summary>
public class OcrImportJob
{
    public int Id { get; set; }

    /// <summary>The uploader: the only person who sees the job, its page images and its text.</summary>
    public string UserId { get; set; } = "";

    public string FileName { get; set; } = "";

    public long FileSize { get; set; }

    public ScanFormat Format { get; set; }

    /// <summary>The uploaded bytes; dropped once the job has ended.</summary>
    public byte[]? Content { get; set; }

    public OcrJobState State { get; set; }

    public int Pages { get; set; }

    public int PagesDone { get; set; }

    /// <summary>The recognised text, the pages separated by a form feed (U+000C).</summary>
    public string? Text { get; set; }

    /// <summary>Why the job failed, in Vietnamese.</summary>
    public string? Error { get; set; }

    public string? Worker { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? HeartbeatAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}

public enum OcrJobState
{
    Queued,
    Running,
    Done,
    Failed,

    /// <summary>Past its retention: images and text deleted.</summary>
    Expired,
}
