namespace LearningSociety.Infrastructure.Exports.Jobs;

public enum ExportState
{
    Queued,
    Running,
    Done,
    Failed,

    /// <summary>Done, and the file was deleted after the retention time.</summary>
    Expired,
}
